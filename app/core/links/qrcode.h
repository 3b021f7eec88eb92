#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include "core/base/result.h"

namespace Linkdeck {

// The module matrix of a QR code (libqrencode), GUI-free. The text is encoded exactly as
// given, as UTF-8 bytes; libqrencode picks the most compact modes for its segments.
//
//   auto code = QrCode::encode("https://go.example/spring", QrCode::Ecc::M);
//   for (int y = 0; y < code->size(); ++y) for (int x = 0; x < code->size(); ++x) code->dark(x, y);
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::QrCode)
public:
    enum class Ecc {
        L,   // about 7 % of the symbol can be damaged
        M,   // 15 %
        Q,   // 25 %
        H,   // 30 %: needed under a logo
    };

    static Result<QrCode> encode(const QString &text, Ecc ecc = Ecc::M, int minimumVersion = 0);

    int size() const { return m_size; }   // modules per side, without the quiet zone
    int version() const { return m_version; }
    Ecc ecc() const { return m_ecc; }
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }
    // Whether (x, y) is part of one of the three finder patterns (the big corner squares).
    bool inFinder(int x, int y) const;

private:
    int m_size = 0;
    int m_version = 0;
    Ecc m_ecc = Ecc::M;
    QByteArray m_modules;
};

}   // namespace Linkdeck
