#pragma once

#include "cli/command.h"

namespace Linkdeck::Cli {

// qr TEXT_OR_SLUG -o FILE [options]: a print-ready QR code of a link's short URL or of any
// text. The options are Print::QrExportOptions', shared with the QR studio.
class QrCommand final : public Command
{
public:
    QrCommand();

protected:
    int execute(Context &context) override;
};

// qr-sheet SLUG... -o FILE.pdf [options]: a PDF sheet of QR labels (Print::QrSheetOptions).
class QrSheetCommand final : public Command
{
public:
    QrSheetCommand();

protected:
    int execute(Context &context) override;
};

} // namespace Linkdeck::Cli
