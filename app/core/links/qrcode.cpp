#include "core/links/qrcode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace Linkdeck {

Result<QrCode> QrCode::encode(const QString &text, Ecc ecc, int minimumVersion)
{
    if (text.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Enter the text or address the QR code should hold."));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0'))
        return Error::make(Error::Kind::Invalid,
                           tr("The text contains a NUL character, which a QR code cannot hold here."));
    const QRecLevel level = ecc == Ecc::L ? QR_ECLEVEL_L
        : ecc == Ecc::M                   ? QR_ECLEVEL_M
        : ecc == Ecc::Q                   ? QR_ECLEVEL_Q
                                          : QR_ECLEVEL_H;
    errno = 0;
    std::unique_ptr<QRcode, void (*)(QRcode *)> code(
        QRcode_encodeString(utf8.constData(), qBound(0, minimumVersion, 40), level, QR_MODE_8, 1), QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return Error::make(Error::Kind::Invalid,
                               tr("The text is too long for a QR code at this error correction level (%n byte(s)). "
                                  "Shorten it, or choose a lower level.",
                                  nullptr, int(utf8.size())));
        return Error::make(Error::Kind::Invalid, tr("The QR code could not be made."),
                           QString::fromLocal8Bit(strerror(errno)));
    }
    QrCode out;
    out.m_size = code->width;
    out.m_version = code->version;
    out.m_ecc = ecc;
    out.m_modules.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules[i] = char(code->data[i] & 1);
    return out;
}

bool QrCode::inFinder(int x, int y) const
{
    const auto in = [](int v, int from) { return v >= from && v < from + 7; };
    return (in(x, 0) && in(y, 0)) || (in(x, m_size - 7) && in(y, 0)) || (in(x, 0) && in(y, m_size - 7));
}

}   // namespace Linkdeck
