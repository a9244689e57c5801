#pragma once

#include <QQuickImageProvider>

class EventStore;

// `image://badge/<attendee id>`: the attendee's badge as it will print, for
// the preview on the staff screens.
class BadgePreviewProvider : public QQuickImageProvider {
public:
    BadgePreviewProvider(EventStore &store, QString templateName);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    EventStore &m_store;
    QString m_template;
};
