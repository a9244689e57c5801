#include "kiosk/app/controllers/BadgePreviewProvider.h"

#include "kiosk/core/AttendeeTable.h"
#include "kiosk/core/EventStore.h"
#include "printing/BadgeComposer.h"
#include "printing/BadgeRenderer.h"
#include "printing/CategoryStyles.h"

BadgePreviewProvider::BadgePreviewProvider(EventStore &store, QString templateName)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_store(store)
    , m_template(std::move(templateName))
{
}

QImage BadgePreviewProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const auto attendee = AttendeeTable(m_store.database()).byId(id.section(QLatin1Char('?'), 0, 0));
    QString error;
    const auto badgeTemplate = attendee
        ? BadgeTemplate::load(
            BadgeTemplate::forCategory(m_template, CategoryStyles::instance().styleFor(attendee->category).key), &error)
        : std::nullopt;
    QImage image;
    if (attendee && badgeTemplate && !badgeTemplate->isSheet())
        image = BadgeRenderer::raster(
            *badgeTemplate, BadgeComposer::compose(*attendee, m_store), 150, badgeTemplate->monochrome)
                    .convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        image = QImage(QSize(320, 200), QImage::Format_RGB32);
        image.fill(Qt::white);
    }
    if (requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}
