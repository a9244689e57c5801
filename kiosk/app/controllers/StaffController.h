#pragma once

#include "kiosk/app/controllers/AttendeeDetails.h"
#include "kiosk/app/controllers/AttendeeHistoryModel.h"
#include "kiosk/app/controllers/AttendeeListModel.h"
#include "kiosk/core/StaffPin.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
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
    Q_PROPERTY(AttendeeDetails selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(AttendeeHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(QVariantMap duplicate READ duplicate NOTIFY duplicateChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

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
    // The attendee whose page is open: their fields, not valid when none.
    AttendeeDetails selected() const { return m_selected; }
    // Their check-ins, undos and badges, oldest first.
    AttendeeHistoryModel *history() { return &m_history; }
    // The registered person a walk-in's name matches (folded), until staff decide: {id, name, organisation}.
    QVariantMap duplicate() const { return m_duplicate; }
    // The event's categories, for a walk-in or an edit to choose from.
    QStringList categories() const;
    // The staff's language (the kiosk's own), whatever attendees chose.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // Whether badges go to a printer at all on this kiosk.
    void setPrinting(bool printing) { m_printing = printing; }

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
    // Staff confirm that a walk-in who matches someone registered is another person.
    void confirmDuplicate();
    // A code read by the camera or a scanner in staff mode: that person's page
    // opens with check-in offered; nobody is checked in by the scan itself.
    bool scan(const QString &code);
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
    void duplicateChanged();
    void categoriesChanged();
    void languageChanged();
    void badgeWanted(const QString &attendeeId);
    void reprintWanted(const QString &attendeeId);

private:
    void setStatus(const QString &status);
    // The registered attendee with the same folded first and last name, if any.
    QVariantMap sameName(const QString &firstName, const QString &lastName) const;

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
    AttendeeDetails m_selected;
    AttendeeHistoryModel m_history;
    QVariantMap m_duplicate;
    QString m_duplicateConfirmed; // the folded name staff said is another person
    QString m_language;
    bool m_printing = false;
    QTimer m_idle;
};
