#include "kiosk/scan/DecodedText.h"

#include <QStringDecoder>

namespace DecodedText {

QString fromUtf8(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    return text;
}

} // namespace DecodedText
