#include "sync/console/ConsoleDownload.h"

#include <QUrl>

namespace ConsoleDownload {

HttpResponse attachment(const QByteArray &body, const QByteArray &contentType, const QString &fileName)
{
    // A plain ASCII name for old browsers, the exact one (RFC 6266, RFC 5987) for the others.
    QByteArray ascii;
    for (const QChar c : fileName)
        ascii += (c.unicode() > 32 && c.unicode() < 127 && c != QLatin1Char('"') && c != QLatin1Char('\\'))
            ? char(c.unicode())
            : '_';
    HttpResponse response;
    response.contentType = contentType;
    response.body = body;
    response.headers.append({ QByteArrayLiteral("Content-Disposition"),
        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName) });
    return response;
}

QChar separator(const QString &asked)
{
    if (asked == QLatin1String("comma") || asked == QLatin1String(","))
        return QLatin1Char(',');
    if (asked == QLatin1String("tab"))
        return QLatin1Char('\t');
    return QLatin1Char(';');
}

} // namespace ConsoleDownload
