#pragma once

#include <QWidget>

#include <optional>

#include "core/links/link.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Linkdeck {
class LinkRepository;
class LinkTableModel;
}   // namespace Linkdeck

namespace Linkdeck::Gui {

// The links: a filter field over the table of the links it finds. The selection stays when
// the table is read again (another order, a sync), and a link can be selected wherever it
// sorts, also far beyond the rows read so far.
//
//   auto *list = new LinkListView(backend.links(), this);
//   connect(list, &LinkListView::selectionChanged, this, &MainWindow::updateSelection);
//   list->selectLink(saved.id);
class LinkListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkListView)
public:
    explicit LinkListView(LinkRepository &links, QWidget *parent = nullptr);

    LinkTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QList<Link> selectedLinks() const;
    // The current row's link if it is selected, else the first selected one.
    std::optional<Link> currentLink() const;
    // Selects the link and scrolls to it; false when the table does not show it (a filter hides it).
    bool selectLink(qint64 id);
    void focusFilter();
    // Where F6 and the window's first focus go: the table when it shows links, else the filter.
    QWidget *focusTarget() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void selectionChanged();   // the selected links, the current one, or their values
    void linkActivated();      // double-clicked, or Enter

private:
    void createFilter();
    void createTable();
    void rememberSelection();
    void restoreSelection();
    // Fits the columns to the table's width and the first rows' text (the destination takes
    // what is free), unless the user has sized a column.
    void fitColumns();
    void queueFit();
    // The least width of a column: its header's text, the sort arrow and the margins, in the
    // header's font and style (a German or French title is longer than the English one).
    int leastWidth(int column) const;
    // Widens the columns narrower than their least width (a saved state, a hand-sized column);
    // the table scrolls sideways instead.
    void keepLeastWidths();
    // Over an empty table: what finds nothing ("No links match …").
    void updateEmptyNote();

    LinkTableModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyNote = nullptr;
    QTimer *m_filterTimer = nullptr;
    // The selection while the model is read again.
    QList<qint64> m_keptIds;
    qint64 m_keptCurrent = 0;
    int m_keptColumn = 0;
    bool m_keptVisible = false;
    bool m_userSized = false;   // a column was sized by hand: its widths are kept
    bool m_fitting = false;
    bool m_widening = false;   // keepLeastWidths is resizing
    bool m_fitQueued = false;
};

}   // namespace Linkdeck::Gui
