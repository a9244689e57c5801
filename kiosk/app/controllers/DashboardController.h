#pragma once

#include "kiosk/app/controllers/ArrivalListModel.h"
#include "kiosk/app/controllers/PrinterListModel.h"
#include "kiosk/app/controllers/SessionFigureListModel.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class EventStore;

// The organisers' live view: arrivals and when they came, per-session counts,
// badges waiting and the printer's last word, and how the sync with the hub is.
class DashboardController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(int registered READ registered NOTIFY changed)
    Q_PROPERTY(int checkedIn READ checkedIn NOTIFY changed)
    Q_PROPERTY(int doubleEntries READ doubleEntries NOTIFY changed)
    Q_PROPERTY(ArrivalListModel *arrivals READ arrivals CONSTANT)
    Q_PROPERTY(int arrivalsPeak READ arrivalsPeak NOTIFY changed)
    Q_PROPERTY(SessionFigureListModel *sessions READ sessions CONSTANT)
    Q_PROPERTY(int badgesWaiting READ badgesWaiting NOTIFY changed)
    Q_PROPERTY(QString printerStatus READ printerStatus NOTIFY changed)
    Q_PROPERTY(bool printerOk READ printerOk NOTIFY changed)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY changed)
    Q_PROPERTY(bool syncOk READ syncOk NOTIFY changed)
    Q_PROPERTY(PrinterListModel *printers READ printers CONSTANT)
    Q_PROPERTY(QString printer READ printer NOTIFY changed)
    Q_PROPERTY(QString speechProblem READ speechProblem NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>; // UTC

    DashboardController(EventStore &store, QString language, QObject *parent = nullptr, Clock clock = {});

    // The hub counts as unreachable when no sync succeeded for this long.
    static constexpr int hubSilenceSeconds = 120;

    int registered() const { return m_registered; }
    int checkedIn() const { return m_checkedIn; }
    int doubleEntries() const { return m_doubleEntries; }
    // Arrivals per quarter of an hour, in the event's time.
    ArrivalListModel *arrivals() { return &m_arrivals; }
    // The busiest quarter's count (at least 1), to scale the chart.
    int arrivalsPeak() const { return m_arrivalsPeak; }
    SessionFigureListModel *sessions() { return &m_sessions; }
    int badgesWaiting() const { return m_badgesWaiting; }
    // The one printer state staff read, in plain words.
    QString printerStatus() const;
    bool printerOk() const;
    QString syncStatus() const { return m_syncStatus; }
    bool syncOk() const { return m_syncOk; }
    // The print server's queues.
    PrinterListModel *printers() { return &m_printers; }
    QString printer() const { return m_printer; }
    void setPrinter(const QString &printer) { m_printer = printer; }
    // Why the kiosk cannot read its screens aloud (no audio output, engine or voice); empty when it can.
    QString speechProblem() const { return m_speechProblem; }
    void setSpeechProblem(const QString &problem)
    {
        m_speechProblem = problem;
        Q_EMIT changed();
    }
    // What the print server said when last asked (tests set it instead of a server).
    struct PrintServer {
        bool reachable = true;
        bool found = true; // the chosen queue exists
        QStringList reasons; // its state reasons
        QString problem; // what the print system's state means for staff, in words; empty: none
    };
    void setPrintServer(const PrintServer &server);

public Q_SLOTS:
    void refresh();
    // Keeps refreshing every few seconds while the dashboard is on screen.
    void setActive(bool active);
    void setPrinterProblem(const QString &printer, const QString &message);
    void refreshPrinters();
    // Staff send this kiosk's badges to another printer.
    void choosePrinter(const QString &printer);

Q_SIGNALS:
    void changed();
    void printerChosen(const QString &printer);

private:
    EventStore &m_store;
    QString m_language;
    int m_registered = 0;
    int m_checkedIn = 0;
    int m_doubleEntries = 0;
    ArrivalListModel m_arrivals;
    int m_arrivalsPeak = 1;
    SessionFigureListModel m_sessions;
    int m_badgesWaiting = 0;
    QString m_printerProblem;
    QString m_syncStatus;
    bool m_syncOk = true;
    PrintServer m_server;
    Clock m_now;
    PrinterListModel m_printers;
    QString m_printer;
    QString m_speechProblem;
    QTimer m_timer;
};
