#include "gui/linklistview.h"

#include "core/models/linktablemodel.h"
#include "gui/icons.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

LinkListView::LinkListView(LinkRepository &links, QWidget *parent)
    : QWidget(parent)
    , m_model(new LinkTableModel(links, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    createFilter();
    createTable();
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LinkListView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinkListView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LinkListView::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinkListView::restoreSelection);
    // An edited link shows its new values in the detail pane too.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (current.isValid() && current.row() >= first.row() && current.row() <= last.row())
            emit selectionChanged();
    });
    connect(m_table, &QTableView::doubleClicked, this, &LinkListView::linkActivated);
    connect(m_table, &QTableView::activated, this, &LinkListView::linkActivated);
}

void LinkListView::createFilter()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by back-half, destination, title, tag or campaign"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themedIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    // Esc clears the filter, from the filter or the table, as in a browser's find bar.
    auto *clearFilter = new QAction(tr("Clear Filter"), this);
    clearFilter->setObjectName(u"clearFilterAction"_s);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, [this] {
        m_filter->clear();
        if (m_filter->hasFocus())
            m_table->setFocus();
    });
    addAction(clearFilter);

    // Filter as the user types, but not on every key of a fast typist.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        m_model->setFilterText(m_filter->text());
        m_table->setFocus();
    });
}

void LinkListView::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"linkTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Tab leaves the table (to the detail pane, the sidebar, the filter) instead of walking
    // cell by cell; arrows move within it.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(LinkTableModel::ShortUrl, 14 * em);
    header->resizeSection(LinkTableModel::Destination, 18 * em);
    header->resizeSection(LinkTableModel::Title, 10 * em);
    header->resizeSection(LinkTableModel::Tags, 7 * em);
    header->resizeSection(LinkTableModel::Campaign, 7 * em);
    header->resizeSection(LinkTableModel::Clicks, 4 * em);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(LinkTableModel::Created, m_table->fontMetrics().horizontalAdvance(sampleDate) + em);
    // Wide enough for the (translated) header text too.
    for (int column = 0; column < LinkTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, qMax(header->sectionSize(column), header->fontMetrics().horizontalAdvance(title) + 2 * em));
    }
    header->setSortIndicator(LinkTableModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
}

QList<Link> LinkListView::selectedLinks() const
{
    QList<Link> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (auto link = m_model->linkAt(index.row()))
            out << *link;
    }
    return out;
}

std::optional<Link> LinkListView::currentLink() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        return m_model->linkAt(current.row());
    const QList<Link> selected = selectedLinks();
    if (!selected.isEmpty())
        return selected.first();
    return std::nullopt;
}

bool LinkListView::selectLink(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void LinkListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray LinkListView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void LinkListView::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void LinkListView::rememberSelection()
{
    m_keptIds.clear();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_keptIds << index.data(LinkTableModel::LinkIdRole).toLongLong();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_keptCurrent = current.isValid() ? current.data(LinkTableModel::LinkIdRole).toLongLong() : 0;
    m_keptColumn = current.isValid() ? current.column() : 0;
    m_keptVisible = current.isValid() && m_table->viewport()->rect().intersects(m_table->visualRect(current));
}

void LinkListView::restoreSelection()
{
    // The current link is looked for wherever it now sorts, briefly (a filter typed or a
    // sort must not wait long for it); the others only among the rows read.
    constexpr int budgetMs = 50;
    QItemSelection selection;
    for (const qint64 id : std::as_const(m_keptIds)) {
        const int row = id == m_keptCurrent ? m_model->rowOf(id, budgetMs) : m_model->loadedRowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, LinkTableModel::ColumnCount - 1));
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_keptCurrent ? m_model->loadedRowOf(m_keptCurrent) : -1; row >= 0) {
        const QModelIndex current = m_model->index(row, m_keptColumn);
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        if (m_keptVisible)
            m_table->scrollTo(current);
    }
    m_keptIds.clear();
    m_keptCurrent = 0;
    emit selectionChanged();
}

}   // namespace Linkdeck::Gui
