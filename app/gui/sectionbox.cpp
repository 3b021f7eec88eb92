#include "gui/sectionbox.h"

#include <QEvent>
#include <QLayout>
#include <QStyleOptionGroupBox>
#include <QStylePainter>

namespace Linkdeck::Gui {

SectionBox::SectionBox(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
{
    setCheckable(true);
    setChecked(false);
    connect(this, &QGroupBox::toggled, this, &SectionBox::fold);
}

// The layout's margins go too while unticked, so no empty room is left under the title.
void SectionBox::fold(bool open)
{
    if (QLayout *fields = layout()) {
        if (open)
            fields->unsetContentsMargins();   // the style's
        else
            fields->setContentsMargins(0, 0, 0, 0);
    }
    update();
}

bool SectionBox::event(QEvent *event)
{
    if (event->type() == QEvent::Polish)   // before it is first shown, its layout made
        fold(isChecked());
    return QGroupBox::event(event);
}

void SectionBox::paintEvent(QPaintEvent *)
{
    // As QGroupBox paints itself, less the frame while unticked.
    QStylePainter painter(this);
    QStyleOptionGroupBox option;
    initStyleOption(&option);
    if (isCheckable() && !isChecked())
        option.subControls &= ~QStyle::SC_GroupBoxFrame;
    painter.drawComplexControl(QStyle::CC_GroupBox, option);
}

}   // namespace Linkdeck::Gui
