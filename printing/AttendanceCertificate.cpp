#include "printing/AttendanceCertificate.h"

#include "kiosk/core/Attendance.h"
#include "kiosk/core/EventStore.h"
#include "kiosk/core/Translations.h"
#include "printing/BadgeTemplate.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>

#include <algorithm>

namespace {

constexpr int dpi = 300;
constexpr double mmPerInch = 25.4;
constexpr double pageWidthMm = 210;
constexpr double pageHeightMm = 297;
constexpr double marginMm = 22;

double px(double mm)
{
    return mm * dpi / mmPerInch;
}

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setFamilies(BadgeTemplate().fonts); // the badge fonts: Latin, Greek, Cyrillic, CJK, Arabic
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// Draws wrapped text at the top of `area` and returns the height it took.
double paragraph(QPainter &p, const QRectF &area, const QString &text, const QFont &f, int align = Qt::AlignLeft,
    const QColor &colour = Qt::black)
{
    if (text.isEmpty())
        return 0;
    p.setFont(f);
    p.setPen(colour);
    const int flags = align | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF used = p.boundingRect(area, flags, text);
    p.drawText(area, flags, text);
    return used.height();
}

} // namespace

AttendanceCertificate::AttendanceCertificate(EventStore &store, const QString &language)
    : m_store(store)
    , m_language(language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr"))
    , m_signatory(store.metaValue(QStringLiteral("organiser_name")))
    , m_translator(std::make_shared<QTranslator>())
{
    // No translation (English, the source) leaves the texts as written.
    (void)m_translator->load(
        Translations::locale(m_language), QStringLiteral("accueil"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

bool AttendanceCertificate::canRender()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString AttendanceCertificate::text(const char *source) const
{
    // The certificate's language, whatever the language of the process.
    const QString translated = m_translator->translate("AttendanceCertificate", source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QByteArray AttendanceCertificate::toPdf(
    const QVector<AttendanceReport::AttendeeAttendance> &attendees, QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    return write(&buffer, attendees, error) ? buffer.data() : QByteArray();
}

bool AttendanceCertificate::writeFile(
    const QString &path, const QVector<AttendanceReport::AttendeeAttendance> &attendees, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, attendees, error))
        return false;
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AttendanceCertificate::write(
    QIODevice *device, const QVector<AttendanceReport::AttendeeAttendance> &attendees, QString *error) const
{
    if (!canRender()) {
        *error = tr("Certificates need a graphical application to draw text (QGuiApplication, offscreen is enough).");
        return false;
    }
    if (attendees.isEmpty()) {
        *error = tr("Nobody to write a certificate for: no one was checked in.");
        return false;
    }
    for (const AttendanceReport::AttendeeAttendance &a : attendees) {
        if (!a.venueIn.isValid() && a.visits.isEmpty()) {
            *error = tr("%1 was not checked in at the event: no certificate.").arg(a.attendee.displayName());
            return false;
        }
    }
    const QLocale locale = Translations::locale(m_language);
    const QTimeZone zone = m_store.timeZone();
    QString dates = m_store.metaValue(QStringLiteral("event_dates"));
    if (dates.isEmpty()) {
        const auto days = Attendance(m_store).eventDays();
        dates = Translations::dateRange(days.first, days.second, m_language);
    }
    const QString event = m_store.eventName();

    QPdfWriter writer(device);
    writer.setTitle(attendees.size() == 1
            ? text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Certificate of attendance")) + QStringLiteral(" — ")
                + attendees.first().attendee.displayName()
            : text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Certificates of attendance")));
    writer.setCreator(QStringLiteral("Accueil"));
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&writer)) {
        *error = tr("Cannot write the PDF.");
        return false;
    }
    const double left = px(marginMm);
    const double width = px(pageWidthMm - 2 * marginMm);
    const double bottom = px(pageHeightMm - marginMm);
    const QColor grey(0x55, 0x55, 0x55);
    bool firstPage = true;
    for (const AttendanceReport::AttendeeAttendance &a : attendees) {
        if (!firstPage)
            writer.newPage();
        firstPage = false;
        double y = px(marginMm + 8);
        auto line = [&](const QString &s, const QFont &f, int align = Qt::AlignHCenter, const QColor &c = Qt::black,
                        double after = 2) {
            y += paragraph(p, QRectF(left, y, width, bottom - y), s, f, align, c) + px(after);
        };
        line(text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Certificate of attendance")).toUpper(), font(22, true),
            Qt::AlignHCenter, Qt::black, 10);
        line(event, font(16, true));
        line(dates, font(13), Qt::AlignHCenter, grey, 14);
        line(text(QT_TRANSLATE_NOOP("AttendanceCertificate", "This is to certify that")), font(12), Qt::AlignHCenter,
            Qt::black, 4);
        line(a.attendee.displayName(), font(20, true), Qt::AlignHCenter, Qt::black, 2);
        const QStringList about = QStringList { a.attendee.role, a.attendee.organisation, a.attendee.country }.filter(
            QRegularExpression(QStringLiteral("\\S")));
        line(about.join(QStringLiteral(" · ")), font(12), Qt::AlignHCenter, grey, 10);
        if (a.visits.isEmpty()) {
            line(text(QT_TRANSLATE_NOOP("AttendanceCertificate", "attended the event on %1."))
                     .arg(locale.toString(a.venueIn.date(), QLocale::LongFormat)),
                font(12));
        } else {
            line(text(QT_TRANSLATE_NOOP("AttendanceCertificate", "attended the following sessions:")), font(12),
                Qt::AlignHCenter, Qt::black, 6);
            // The table: date | session and room | scheduled | entered (and left).
            const double cDate = left;
            const double cSession = left + px(30);
            const double cScheduled = left + width - px(50);
            const double cEntered = left + width - px(24);
            const QFont head = font(9, true);
            const QFont cell = font(10);
            auto header = [&] {
                paragraph(p, QRectF(cDate, y, px(28), px(10)), text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Date")),
                    head, Qt::AlignLeft, grey);
                paragraph(p, QRectF(cSession, y, cScheduled - cSession - px(2), px(10)),
                    text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Session")), head, Qt::AlignLeft, grey);
                paragraph(p, QRectF(cScheduled, y, px(25), px(10)),
                    text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Scheduled")), head, Qt::AlignLeft, grey);
                y += paragraph(p, QRectF(cEntered, y, px(24), px(10)),
                         text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Present")), head, Qt::AlignLeft, grey)
                    + px(2);
                p.setPen(QPen(grey, px(0.2)));
                p.drawLine(QPointF(left, y), QPointF(left + width, y));
                y += px(2);
            };
            header();
            for (const AttendanceReport::Visit &v : a.visits) {
                const QDateTime start = v.session.startsAt.toTimeZone(zone);
                const QDateTime end = v.session.endsAt.toTimeZone(zone);
                QString title = v.session.title(m_language);
                if (!v.session.room.isEmpty())
                    title += QStringLiteral(" (%1)").arg(v.session.room);
                QString present = locale.toString(v.presence.firstIn.time(), QStringLiteral("HH:mm"));
                if (!v.presence.exits.isEmpty())
                    present += QStringLiteral("–")
                        + locale.toString(v.presence.exits.last().time(), QStringLiteral("HH:mm"));
                const QRectF titleBox(cSession, y, cScheduled - cSession - px(2), bottom - y);
                p.setFont(cell);
                const double rowHeight = std::max(p.fontMetrics().height() * 1.0,
                    p.boundingRect(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title).height());
                if (y + rowHeight > bottom - px(30)) {
                    writer.newPage();
                    y = px(marginMm);
                    header();
                }
                paragraph(p, QRectF(cDate, y, px(28), rowHeight),
                    locale.toString(v.presence.firstIn.date(), QLocale::ShortFormat), cell);
                paragraph(p, QRectF(cSession, y, titleBox.width(), rowHeight), title, cell);
                const QString scheduled = start.isValid() ? locale.toString(start.time(), QStringLiteral("HH:mm"))
                        + (end.isValid() ? QStringLiteral("–") + locale.toString(end.time(), QStringLiteral("HH:mm"))
                                         : QString())
                                                          : QString();
                paragraph(p, QRectF(cScheduled, y, px(25), rowHeight), scheduled, cell);
                paragraph(p, QRectF(cEntered, y, px(24), rowHeight), present, cell);
                y += rowHeight + px(2);
            }
            y += px(4);
            line(text(QT_TRANSLATE_NOOP(
                          "AttendanceCertificate", "Times are local times (%1), as recorded at the doors."))
                     .arg(QString::fromUtf8(zone.id())),
                font(8), Qt::AlignLeft, grey);
        }
        y = std::max(y + px(10), bottom - px(28));
        line(text(QT_TRANSLATE_NOOP("AttendanceCertificate", "Issued on %1."))
                 .arg(locale.toString(QDateTime::currentDateTime().toTimeZone(zone).date(), QLocale::LongFormat)),
            font(10), Qt::AlignRight, Qt::black, 3);
        if (!m_signatory.isEmpty())
            line(text(QT_TRANSLATE_NOOP("AttendanceCertificate", "For the organisers: %1")).arg(m_signatory),
                font(11, true), Qt::AlignRight);
    }
    if (!p.end()) {
        *error = tr("Cannot write the PDF.");
        return false;
    }
    return true;
}
