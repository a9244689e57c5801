#pragma once

#include "sync/HttpMessage.h"

#include <QString>

// A file the console hands to the browser to save (Content-Disposition:
// attachment), under a name every browser keeps.
namespace ConsoleDownload {

HttpResponse attachment(const QByteArray &body, const QByteArray &contentType, const QString &fileName);
// The separator a CSV download asks for (?sep=comma for an English Excel); `;` otherwise.
QChar separator(const QString &asked);

} // namespace ConsoleDownload
