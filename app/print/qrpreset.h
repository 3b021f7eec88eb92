#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <optional>

#include "core/base/result.h"
#include "print/qrstyle.h"

namespace Linkdeck::Print {

// A QR style saved under a name: a map of plain values that Settings keeps under qr/presets
// (and that converts to a JSON object as it is). The caption and the CMYK switch belong to one
// export, not to a preset.
//
//   settings.setQrPreset(name, QrPresets::toMap(style));
//   const auto style = QrPresets::fromMap(settings.qrPreset(name));   // an Error says what is wrong
//
// Format 2 writes "version": 2 and names ("ecc": "M", "shape": "dots"). Format 1, what the
// studio saved before there was a version, has no version and the enumerations as numbers.
class QrPresets
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::Print::QrPresets)
public:
    static constexpr int Version = 2;

    static QVariantMap toMap(const QrStyle &style);
    // The preset laid over base: a key it lacks keeps base's value (the built-in presets only
    // set the size, the error correction and the modules).
    static Result<QrStyle> fromMap(const QVariantMap &preset, const QrStyle &base = {});

    static QStringList builtInNames();   // translated; "Standard" first
    // A built-in preset by its translated or English name.
    static std::optional<QVariantMap> builtIn(const QString &name);
};

}   // namespace Linkdeck::Print
