#pragma once

#include <QGroupBox>

namespace Linkdeck::Gui {

// A checkable section of a dialog (A/B split, Social preview): unticked, it is its check box
// and title alone. A plain QGroupBox still draws its empty frame under the check box, which
// looked like a disabled text field. Ticked, it is a group box as any other.
//
//   auto *section = new SectionBox(tr("Social pre&view"), this);
//   connect(section, &QGroupBox::toggled, fields, &QWidget::setVisible);
class SectionBox : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionBox)
public:
    explicit SectionBox(const QString &title, QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fold(bool open);
};

}   // namespace Linkdeck::Gui
