#include "kiosk/codes/Base32.h"
#include "kiosk/codes/SignedCode.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QString>

#include <cstdlib>

// What a kiosk does with the text of any QR code it sees: the base32 layer,
// then the signed-code fields, then the signature. Decoding what was encoded
// gives back the same bytes; a code read signs again into one that verifies.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString text = QString::fromUtf8(FuzzSupport::bytes(data, size));

    if (const auto decoded = Base32::decode(text)) {
        const QString encoded = Base32::encode(*decoded);
        const auto again = Base32::decode(encoded);
        if (!again || *again != *decoded)
            std::abort();
    }

    // Inputs without the prefix are read as if a code had it, to reach the fields.
    const QString candidate = SignedCode::looksSigned(text) ? text : SignedCode::prefix() + text;
    if (const auto code = SignedCode::parse(candidate)) {
        static QByteArray publicKey;
        static QByteArray secretKey;
        if (publicKey.isEmpty())
            SignedCode::generateKeyPair(&publicKey, &secretKey);
        if (code->verify(publicKey) || code->verify(QByteArray(3, 'x')))
            std::abort(); // nothing here was signed with that key
        // Whatever was read signs again into a code that reads back and verifies.
        const auto resigned = SignedCode::parse(code->sign(secretKey));
        if (!resigned || !resigned->verify(publicKey) || resigned->attendeeId != code->attendeeId)
            std::abort();
    }
    return 0;
}
