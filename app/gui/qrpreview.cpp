#include "gui/qrpreview.h"

#include "print/qrrenderer.h"

#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

QrPreview::QrPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"qrPreview"_s);
    setMinimumSize(160, 160);
    setToolTip(tr("Drag the code into another application"));
}

void QrPreview::setCode(const std::optional<QrCode> &code, const Print::QrStyle &style)
{
    m_code = code;
    m_style = style;
    update();
}

void QrPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_code)
        return;
    const double aspect = Print::QrRenderer::aspect(m_style);
    const double side = qMin(double(width()), height() / aspect);
    const QRectF target((width() - side) / 2, (height() - side * aspect) / 2, side, side * aspect);
    if (m_style.transparentBackground)   // a checkerboard shows what is see-through
        painter.fillRect(target, QBrush(Qt::lightGray, Qt::Dense6Pattern));
    Print::QrRenderer::render(painter, target, *m_code, m_style);
}

void QrPreview::mousePressEvent(QMouseEvent *event)
{
    if (!m_code || event->button() != Qt::LeftButton)
        return;
    auto *mime = new QMimeData;
    mime->setImageData(Print::QrRenderer::toImage(*m_code, m_style));
    mime->setData(u"image/svg+xml"_s, Print::QrRenderer::toSvg(*m_code, m_style));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    drag->exec(Qt::CopyAction);
}

}   // namespace Linkdeck::Gui
