#pragma once

#include "kiosk/app/controllers/AttendeeListModel.h"
#include "kiosk/core/StaffPin.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class CheckInService;
class EventStore;

// Staff mode at the desk: unlocked by PIN (an Argon2id hash is kept, never the
// PIN; locked for longer and longer after repeated failures, in the event
// database so that a restart does not reset it; closes itself when left alone),
// live search, check-in, undo and reprint from an attendee's page, and the
// walk-in form with its checks.
class StaffController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the application")
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool pinRequested READ pinRequested NOTIFY pinRequestedChanged)
    Q_PROPERTY(Page page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(QString pinMessage READ pinMessage NOTIFY pinMessageChanged)
    Q_PROPERTY(AttendeeListModel *results READ results CONSTANT)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList history READ history NOTIFY selectionChanged)

public:
    // The tabs of staff mode.
    enum class Page { SearchPage, WalkInPage, FiguresPage };
    Q_ENUM(Page)

    using Clock = std::function<QDateTime()>;

    StaffController(
        EventStore &store, CheckInService &service, QString pinHash, QObject *parent = nullptr, Clock clock = {});

    // The Argon2id hash of a PIN for the configuration (StaffPin::hash).
    static QString hashPin(const QString &pin);
    static constexpr int maxFailures = StaffPin::freeAttempts;
    static constexpr int lockoutSeconds = StaffPin::firstLockoutSeconds; // the first; doubled after

    bool unlocked() const { return m_unlocked; }
    QString pinMessage() const { return m_pinMessage; }
    // The PIN dialog shows: asked for by a long press, gone once unlocked or cancelled.
    bool pinRequested() const { return m_pinRequested; }
    Page page() const { return m_page; }
    void setPage(Page page);
    AttendeeListModel *results() { return &m_results; }
    QString status() const { return m_status; }
    void setIdleTimeout(int ms) { m_idle.setInterval(ms); }
    // The attendee whose page is open: their fields, empty when none.
    QVariantMap selected() const { return m_selected; }
    // Their check-ins, undos and badges, oldest first: [{time, what, detail}].
    QVariantList history() const { return m_history; }

public Q_SLOTS:
    void requestPin();
    void cancelPin();
    bool unlock(const QString &pin);
    void lock();
    // Any touch in staff mode keeps it open.
    void touch();
    void search(const QString &text);
    bool checkIn(const QString &attendeeId);
    bool undoLastCheckIn(const QString &attendeeId);
    void reprint(const QString &attendeeId);
    // Registers a walk-in and checks them in; returns the new id, or empty and a status saying what is missing.
    QString registerWalkIn(const QString &firstName, const QString &lastName, const QString &organisation,
        const QString &email, const QString &category);
    void select(const QString &attendeeId);
    void closeSelection();
    // Fixes a misspelled name or organisation; the change is synced like any edit.
    bool saveEdit(const QString &attendeeId, const QString &firstName, const QString &lastName,
        const QString &organisation, const QString &role, const QString &category);

Q_SIGNALS:
    void unlockedChanged();
    void pinMessageChanged();
    void pinRequestedChanged();
    void pageChanged();
    void statusChanged();
    void selectionChanged();
    void badgeWanted(const QString &attendeeId);
    void reprintWanted(const QString &attendeeId);

private:
    void setStatus(const QString &status);

    EventStore &m_store;
    CheckInService &m_service;
    Clock m_now;
    StaffPin m_pin;
    bool m_unlocked = false;
    bool m_pinRequested = false;
    Page m_page = Page::SearchPage;
    QString m_pinMessage;
    QString m_status;
    QString m_lastQuery;
    AttendeeListModel m_results;
    QVariantMap m_selected;
    QVariantList m_history;
    QTimer m_idle;
};
