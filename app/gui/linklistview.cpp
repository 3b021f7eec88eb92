#include "gui/linklistview.h"

#include "core/base/datetext.h"
#include "core/models/linktablemodel.h"
#include "gui/icons.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

// A short link too long for its column loses the start of its domain, never its back-half:
// "…host:8080/winter-clearance-sale", not "localhost:…nce-sale".
class ShortLinkDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

// The saved header state: Qt's own, and whether its widths were chosen by hand (kept) or
// fitted to the window (fitted again to the window of the day).
constexpr quint32 HeaderStateMagic = 0x4c444831;   // "LDH1"
constexpr int MeasuredRows = 200;                  // the rows a column's width is fitted to

}   // namespace

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
    // The columns follow the window's width and the links' text until the user sizes one.
    m_table->viewport()->installEventFilter(this);
    for (const auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, rowsChanged, this, &LinkListView::queueFit);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinkListView::queueFit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LinkListView::queueFit);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_widening)
            return;
        if (!m_fitting)
            m_userSized = true;
        keepLeastWidths();   // a column dragged narrower than its title stops at its title
    });
    m_emptyNote = new QLabel(m_table->viewport());
    m_emptyNote->setObjectName(u"emptyTableNote"_s);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setEnabled(false);   // drawn in the palette's disabled text colour, like a placeholder
    m_emptyNote->hide();
    for (const auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, rowsChanged, this, &LinkListView::updateEmptyNote);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinkListView::updateEmptyNote);
    connect(m_model, &LinkTableModel::countChanged, this, &LinkListView::updateEmptyNote);
    connect(m_table, &QTableView::doubleClicked, this, &LinkListView::linkActivated);
    connect(m_table, &QTableView::activated, this, &LinkListView::linkActivated);
}

void LinkListView::createFilter()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setAccessibleName(tr("Filter links"));
    m_filter->setPlaceholderText(tr("Filter by back-half, destination, title, tag or campaign"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);   // the window's Ctrl shortcuts work from here too
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
    m_table->setAccessibleName(tr("Links"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Sideways a pixel at a time: in a narrow window the columns keep readable widths and the
    // table scrolls (by whole columns it jumped past the destination).
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setItemDelegateForColumn(LinkTableModel::ShortUrl, new ShortLinkDelegate(m_table));
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
    // What people look at first stands first: the short link and its clicks, then where it goes.
    header->moveSection(header->visualIndex(LinkTableModel::Clicks), 1);
    fitColumns();
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

QWidget *LinkListView::focusTarget() const
{
    if (m_model->rowCount() > 0)
        return m_table;
    return m_filter;
}

void LinkListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray LinkListView::headerState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << HeaderStateMagic << m_userSized << m_table->horizontalHeader()->saveState();
    return out;
}

void LinkListView::restoreHeaderState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    bool userSized = false;
    QByteArray header;
    stream >> magic >> userSized >> header;
    // A state saved before the widths were fitted: its order and sort, widths fitted anew.
    if (magic != HeaderStateMagic || stream.status() != QDataStream::Ok) {
        header = state;
        userSized = false;
    }
    m_fitting = true;
    m_table->horizontalHeader()->restoreState(header);
    m_fitting = false;
    m_userSized = userSized;
    keepLeastWidths();   // widths saved in another language, or before titles had a least width
    queueFit();
}

void LinkListView::updateEmptyNote()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isCounting() && m_model->totalCount() > 0;
    const QString text = m_model->query().text.trimmed();
    m_emptyNote->setText(text.isEmpty() ? tr("No links here yet.") : tr("No links match “%1”").arg(text));
    m_emptyNote->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    m_emptyNote->setVisible(empty);
}

bool LinkListView::eventFilter(QObject *watched, QEvent *event)
{
    // On X11 the filter would take Ctrl+E (and Ctrl+A-like keys of its platform) only to move
    // its cursor, so Edit Link did nothing while the cursor was in the filter (seen on a
    // desktop; the offscreen platform has other key bindings). A cursor movement with Ctrl is
    // left to the window's shortcuts; End and Home still move the cursor.
    if (watched == m_filter && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & Qt::ControlModifier)
            && (key->matches(QKeySequence::MoveToEndOfLine) || key->matches(QKeySequence::MoveToStartOfLine))) {
            event->ignore();
            return true;
        }
    }
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        m_emptyNote->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    return QWidget::eventFilter(watched, event);
}

void LinkListView::queueFit()
{
    if (m_fitQueued || m_userSized)
        return;
    m_fitQueued = true;
    QMetaObject::invokeMethod(this, &LinkListView::fitColumns, Qt::QueuedConnection);
}

void LinkListView::fitColumns()
{
    m_fitQueued = false;
    if (m_userSized)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int em = fm.horizontalAdvance(u'M');
    const int rows = qMin(m_model->rowCount(), MeasuredRows);
    // A column is as wide as its (translated) title with room for the sort arrow, and as its
    // longest text among the first rows, up to a cap.
    const auto wanted = [&](int column, int cap) {
        int width = qMax(leastWidth(column),
                         header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
                             + 2 * em);
        const int least = width;
        for (int row = 0; row < rows; ++row)
            width = qMax(width, fm.horizontalAdvance(m_model->index(row, column).data().toString()) + em);
        return std::pair{least, qMin(width, qMax(least, cap))};
    };
    const int available = m_table->viewport()->width();
    const QString sampleDate = DateText::minutes(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
    const int shortUrl = wanted(LinkTableModel::ShortUrl, qMax(14 * em, available * 3 / 5)).second;
    const int clicks = wanted(LinkTableModel::Clicks, 11 * em).second;   // "1,234 (+12 bots)"
    const int created = qMax(wanted(LinkTableModel::Created, 0).first, fm.horizontalAdvance(sampleDate) + em);
    const auto [titleLeast, titleWanted] = wanted(LinkTableModel::Title, 18 * em);
    const auto [tagsLeast, tagsWanted] = wanted(LinkTableModel::Tags, 10 * em);
    const auto [campaignLeast, campaignWanted] = wanted(LinkTableModel::Campaign, 10 * em);
    int title = titleWanted;
    int tags = tagsWanted;
    int campaign = campaignWanted;
    // The least a destination (elided in the middle: the host and the end of the path) and a
    // title (its first words) keep however narrow the window: below that they said nothing
    // ("https…ber", "Wint…"), and the table scrolls sideways instead (issue 12).
    const int destinationLeast = 14 * em;
    const int titleLeastReadable = 12 * em;
    const auto shown = [&](int column, int width) { return header->isSectionHidden(column) ? 0 : width; };
    const auto others = [&] {
        return shown(LinkTableModel::ShortUrl, shortUrl) + shown(LinkTableModel::Clicks, clicks)
            + shown(LinkTableModel::Created, created) + shown(LinkTableModel::Title, title)
            + shown(LinkTableModel::Tags, tags) + shown(LinkTableModel::Campaign, campaign);
    };
    // The destination takes the free width; in a narrow window the title, tags and campaign
    // give way first, and what does not fit then scrolls.
    if (available - others() < destinationLeast) {
        title = qMin(titleWanted, qMax(titleLeast, titleLeastReadable));   // its first words stay readable
        tags = tagsLeast;
        campaign = campaignLeast;
    }
    const int destination = qMax(qMax(destinationLeast, leastWidth(LinkTableModel::Destination)), available - others());
    m_fitting = true;
    for (const auto &[column, width] : {std::pair{int(LinkTableModel::ShortUrl), shortUrl},
                                        {int(LinkTableModel::Clicks), clicks},
                                        {int(LinkTableModel::Destination), destination},
                                        {int(LinkTableModel::Title), title},
                                        {int(LinkTableModel::Tags), tags},
                                        {int(LinkTableModel::Campaign), campaign},
                                        {int(LinkTableModel::Created), created}})
        header->resizeSection(column, width);
    m_fitting = false;
}

int LinkListView::leastWidth(int column) const
{
    // Qt's measure of the section: margins, the text in the header's font and, as sorting is on,
    // room for the arrow, so that no title is cut whichever column sorts.
    return m_table->horizontalHeader()->sectionSizeHint(column);
}

void LinkListView::keepLeastWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    m_widening = true;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) && header->sectionSize(column) < leastWidth(column))
            header->resizeSection(column, leastWidth(column));
    }
    m_widening = false;
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
