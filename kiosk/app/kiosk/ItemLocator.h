#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QQuickWindow;

// Where on the screen are the named things a person can touch. With
// QT_LOGGING_RULES="accueil.kiosk.items.debug=true" each change is written to
// the log as one line, "items: NAME X Y W H; ..." (window coordinates, visible
// items whose centre is on screen and not clipped away), so that a test
// driving the real window with an input tool taps what a person would see
// rather than coordinates guessed from a layout. Reads geometry only.
Q_DECLARE_LOGGING_CATEGORY(lcKioskItems)

class ItemLocator : public QObject {
    Q_OBJECT

public:
    explicit ItemLocator(QQuickWindow *window);

    // "NAME X Y W H" of every such item, in the order of the item tree.
    QStringList describe() const;

private:
    void report();

    QPointer<QQuickWindow> m_window;
    QTimer m_settle;
    QString m_last;
};
