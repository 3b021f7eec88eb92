#pragma once

#include <QWidget>

#include <optional>

#include "core/links/qrcode.h"
#include "print/qrstyle.h"

namespace Linkdeck::Gui {

// Draws a QR code with the same renderer the exports use.
class QrPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit QrPreview(QWidget *parent = nullptr);
    void setCode(const std::optional<QrCode> &code, const Print::QrStyle &style);
    QSize sizeHint() const override { return {240, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;   // drag the code out as an image

private:
    std::optional<QrCode> m_code;
    Print::QrStyle m_style;
};

}   // namespace Linkdeck::Gui
