#pragma once

#include <QGroupBox>
#include <QList>

#include <vector>

#include "core/links/link.h"
#include "gui/sectionbox.h"

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Linkdeck::Gui {

// The A/B split section of the New/Edit Link dialog (issue 15), folded until ticked: the link's
// destination as A and up to nine more destinations, each with its share of the visitors in
// percent. core's LinkSplit has the rules; its sentence shows under the rows while it refuses.
//
//   auto *split = new SplitEditor(this);
//   split->setDestination(destination->text());
//   connect(split, &SplitEditor::changed, this, &LinkDialog::validate);
//   link.variants = split->variants();
class SplitEditor final : public SectionBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitEditor)
public:
    explicit SplitEditor(QWidget *parent = nullptr);
    ~SplitEditor() override;

    // The first row shows the link's destination (what variant A is).
    void setDestination(const QString &url);
    // Shows a link's split; ticked when it has one.
    void setVariants(const QList<Link::Variant> &variants);
    // As the rows say; empty while unticked.
    QList<Link::Variant> variants() const;
    // The sentence under the rows (core's LinkSplit::problem of the draft); empty when none.
    void setProblem(const QString &problem);

signals:
    void changed();

private:
    struct Row
    {
        QLabel *letter = nullptr;
        QLineEdit *url = nullptr;
        QSpinBox *percent = nullptr;
        QToolButton *remove = nullptr;
    };
    void addRow(const QString &url, int percent);
    void removeRow(std::size_t index);
    void shareEvenly();
    void relabel();

    QWidget *m_fields = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<Row> m_rows;
    QPushButton *m_add = nullptr;
    QPushButton *m_even = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_status = nullptr;
    QString m_destination;
};

}   // namespace Linkdeck::Gui
