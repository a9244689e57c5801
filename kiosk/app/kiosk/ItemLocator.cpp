#include "kiosk/app/kiosk/ItemLocator.h"

#include <QQuickItem>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcKioskItems, "accueil.kiosk.items", QtInfoMsg)

namespace {

// Whether a point of the scene shows through every clipping ancestor of an item.
bool shownThroughClips(const QQuickItem *item, const QPointF &scenePoint)
{
    for (const QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
        if (a->clip() && !a->mapRectToScene(a->boundingRect()).contains(scenePoint))
            return false;
    }
    return true;
}

void collect(const QQuickItem *item, const QRectF &screen, QStringList *out)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QString name = item->objectName();
    if (!name.isEmpty() && item->width() > 0 && item->height() > 0) {
        const QRectF r = item->mapRectToScene(item->boundingRect());
        if (screen.contains(r.center()) && shownThroughClips(item, r.center()))
            out->append(QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(name)
                            .arg(qRound(r.x()))
                            .arg(qRound(r.y()))
                            .arg(qRound(r.width()))
                            .arg(qRound(r.height())));
    }
    for (const QQuickItem *child : item->childItems())
        collect(child, screen, out);
}

} // namespace

ItemLocator::ItemLocator(QQuickWindow *window)
    : QObject(window)
    , m_window(window)
{
    // Once the frames settle, not on each of them.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &ItemLocator::report);
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (!m_settle.isActive())
            m_settle.start();
    });
    // A screen that changes without drawing (nothing moved) still reports.
    auto *poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, &ItemLocator::report);
    poll->start();
}

QStringList ItemLocator::describe() const
{
    QStringList items;
    if (m_window && m_window->contentItem())
        collect(m_window->contentItem(), QRectF(QPointF(0, 0), m_window->size()), &items);
    return items;
}

void ItemLocator::report()
{
    const QString now = describe().join(QStringLiteral("; "));
    if (now == m_last)
        return;
    m_last = now;
    qCDebug(lcKioskItems).noquote() << "items:" << now;
}
