#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// RFC 4648 base32 without padding: A–Z and 2–7 only, all within the QR
// alphanumeric set and typed the same on every keyboard layout.
namespace Base32 {
QString encode(const QByteArray &bytes);
std::optional<QByteArray> decode(const QString &text);
}
