#include "gui/detailpane.h"

#include "core/base/datetext.h"
#include "core/base/percent.h"
#include "core/links/linksplit.h"
#include "core/links/urlvalidator.h"
#include "core/links/utm.h"
#include "core/models/linkselection.h"
#include "core/models/linktablemodel.h"
#include "gui/icons.h"
#include "gui/qrpreview.h"
#include "gui/tones.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"detailPane"_s);
    setMinimumWidth(260);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a link to see its details."), m_stack);
    empty->setObjectName(u"detailEmptyLabel"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    // Room on both sides: a long translation wrapped against the window's edge.
    empty->setContentsMargins(16, 0, 16, 0);
    empty->setEnabled(false);
    m_stack->addWidget(empty);
    m_selection = new QLabel(m_stack);
    m_selection->setObjectName(u"detailSelectionLabel"_s);
    m_selection->setAlignment(Qt::AlignCenter);
    m_selection->setWordWrap(true);
    m_selection->setContentsMargins(16, 0, 16, 0);
    m_stack->addWidget(m_selection);

    // A scroll area lets wrapped labels take the height they need, and keeps a long
    // destination readable in a small window.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(u"detailScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The pane's first stop for Tab and F6 is its Copy button; the area scrolls to the focused button.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    m_shortUrl = new QLabel(page);
    m_shortUrl->setObjectName(u"detailShortUrl"_s);
    m_shortUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shortUrl->setWordWrap(true);
    QFont big = m_shortUrl->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_shortUrl->setFont(big);
    layout->addWidget(m_shortUrl);
    m_title = new QLabel(page);
    m_title->setObjectName(u"detailTitle"_s);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *buttons = new QGridLayout;
    m_copy = new QPushButton(themedIcon(u"edit-copy"_s, QStyle::SP_DialogSaveButton), tr("Copy"), page);
    m_copy->setObjectName(u"detailCopyButton"_s);
    m_copy->setToolTip(tr("Copy the short link to the clipboard"));
    m_open = new QPushButton(themedIcon(u"internet-web-browser"_s, QStyle::SP_DirLinkIcon), tr("Open"), page);
    m_open->setObjectName(u"detailOpenButton"_s);
    m_open->setToolTip(tr("Open the short link in the web browser"));
    m_edit = new QPushButton(tr("Edit…"), page);
    m_edit->setObjectName(u"detailEditButton"_s);
    m_delete = new QPushButton(tr("Delete"), page);
    m_delete->setObjectName(u"detailDeleteButton"_s);
    buttons->addWidget(m_copy, 0, 0);
    buttons->addWidget(m_open, 0, 1);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    m_rules = new QPushButton(tr("Redirect Rules…"), page);
    m_rules->setObjectName(u"detailRulesButton"_s);
    buttons->addWidget(m_rules, 2, 0, 1, 2);
    buttons->setColumnStretch(2, 1);
    layout->addLayout(buttons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_destination = addRow(form, tr("Destination"), u"detailDestination"_s);
    m_destination->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_destination->setOpenExternalLinks(true);
    followPaletteLinks(m_destination);
    m_tags = addRow(form, tr("Tags"), u"detailTags"_s);
    m_campaign = addRow(form, tr("Campaign"), u"detailCampaign"_s);
    m_utm = addRow(form, tr("Tracking"), u"detailUtm"_s);
    m_clicks = addRow(form, tr("Clicks"), u"detailClicks"_s);
    if (QWidget *label = form->labelForField(m_clicks))
        label->setToolTip(LinkTableModel::clicksDefinition());
    m_created = addRow(form, tr("Created"), u"detailCreated"_s);
    m_updated = addRow(form, tr("Changed"), u"detailUpdated"_s);
    m_limits = addRow(form, tr("Limits"), u"detailLimits"_s);
    m_split = addRow(form, tr("A/B split"), u"detailSplit"_s);
    m_splitLabel = qobject_cast<QLabel *>(form->labelForField(m_split));
    m_account = addRow(form, tr("Account"), u"detailAccount"_s);
    m_status = addRow(form, tr("Status"), u"detailStatus"_s);
    m_statusLabel = qobject_cast<QLabel *>(form->labelForField(m_status));
    layout->addLayout(form);
    m_qrPreview = new QrPreview(page);
    m_qrPreview->setObjectName(u"detailQrPreview"_s);
    m_qrPreview->setFixedSize(140, 140);
    layout->addWidget(m_qrPreview, 0, Qt::AlignHCenter);
    m_qr = new QPushButton(tr("QR Code…"), page);
    m_qr->setObjectName(u"detailQrButton"_s);
    m_qr->setToolTip(tr("Make a print-ready QR code of this link"));
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addStretch();
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    connect(m_copy, &QPushButton::clicked, this, &DetailPane::copyRequested);
    connect(m_open, &QPushButton::clicked, this, &DetailPane::openRequested);
    connect(m_edit, &QPushButton::clicked, this, &DetailPane::editRequested);
    connect(m_delete, &QPushButton::clicked, this, &DetailPane::deleteRequested);
    connect(m_qr, &QPushButton::clicked, this, &DetailPane::qrRequested);
    connect(m_rules, &QPushButton::clicked, this, &DetailPane::rulesRequested);
}

void DetailPane::setRulesState(bool enabled, const QString &toolTip)
{
    m_rules->setEnabled(enabled);
    m_rules->setToolTip(toolTip);
}

QLabel *DetailPane::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void DetailPane::showLink(const std::optional<Link> &link, bool canEdit, bool canDelete, const QString &account,
                          const QString &status)
{
    m_link = link;
    if (!link) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const QLocale locale;
    m_shortUrl->setText(link->shortUrl);
    m_title->setText(link->title);
    m_title->setVisible(!link->title.isEmpty());
    const QString shown = UrlValidator::display(link->destination);
    // Let a long address wrap after its separators (a zero-width space is a break opportunity).
    QString breakable = shown.toHtmlEscaped();
    for (const QString &separator : {u"/"_s, u"?"_s, u"&amp;"_s, u"="_s})
        breakable.replace(separator, separator + QChar(0x200B));
    m_destination->setText(u"<a href=\"%1\">%2</a>"_s.arg(link->destination.toHtmlEscaped(), breakable));
    m_destination->setToolTip(shown);
    m_tags->setText(link->tags.isEmpty() ? tr("None") : link->tags.join(u", "_s));
    const Utm utm = Utm::fromUrl(link->destination);
    m_campaign->setText(utm.campaign.isEmpty() ? tr("None") : utm.campaign);
    QStringList tracking;
    if (!utm.source.isEmpty())
        tracking << tr("source: %1").arg(utm.source);
    if (!utm.medium.isEmpty())
        tracking << tr("medium: %1").arg(utm.medium);
    if (!utm.term.isEmpty())
        tracking << tr("term: %1").arg(utm.term);
    if (!utm.content.isEmpty())
        tracking << tr("content: %1").arg(utm.content);
    m_utm->setText(tracking.isEmpty() ? tr("None") : tracking.join(u", "_s));
    m_clicks->setText(LinkTableModel::clicksText(*link));
    m_clicks->setToolTip(LinkTableModel::clicksToolTip(*link));
    m_created->setText(DateText::minutes(link->createdAt.toLocalTime(), locale));
    m_updated->setText(DateText::minutes(link->updatedAt.toLocalTime(), locale));
    QStringList limits;
    if (link->validSince)
        limits << tr("starts %1").arg(DateText::minutes(link->validSince->toLocalTime(), locale));
    if (link->expiresAt)
        limits << tr("expires %1").arg(DateText::minutes(link->expiresAt->toLocalTime(), locale));
    if (link->maxClicks)
        limits << tr("at most %n click(s)", nullptr, int(*link->maxClicks));
    if (!link->fallbackUrl.isEmpty())
        limits << tr("then goes to %1").arg(UrlValidator::display(link->fallbackUrl));
    if (link->passwordProtected)
        limits << tr("password-protected: visitors type a password first");
    m_limits->setText(limits.isEmpty() ? tr("None") : limits.join(u", "_s));
    // "A 70% · B 30%", each address in the tooltip; the row only for a link with a split.
    QStringList shares, addresses;
    for (qsizetype i = 0; i < link->variants.size(); ++i) {
        const QString letter = LinkSplit::letter(int(i) + 1);
        shares << tr("%1 %2").arg(letter, Percent::text(link->variants.at(i).percent, 0, locale));
        addresses << tr("%1: %2").arg(letter, UrlValidator::display(link->variants.at(i).url));
    }
    m_split->setText(shares.join(u" · "_s));
    m_split->setToolTip(addresses.join(u'\n'));
    m_split->setVisible(!shares.isEmpty());
    if (m_splitLabel)
        m_splitLabel->setVisible(!shares.isEmpty());
    m_account->setText(account);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (m_statusLabel)
        m_statusLabel->setVisible(!status.isEmpty());
    Print::QrStyle preview;
    preview.quietZone = 2;
    const auto code = QrCode::encode(link->shortUrl);
    m_qrPreview->setCode(code ? std::optional<QrCode>(*code) : std::nullopt, preview);
    m_edit->setEnabled(canEdit);
    m_delete->setEnabled(canDelete);
    // A link waiting to be created has no short URL yet.
    const bool hasUrl = !link->shortUrl.isEmpty();
    m_copy->setEnabled(hasUrl);
    m_qr->setEnabled(hasUrl);
    m_stack->setCurrentIndex(2);
}

void DetailPane::showSelection(const LinkSelection &selection)
{
    setRulesState(selection.canRules, selection.rulesTip);
    if (selection.links.size() <= 1) {
        showLink(selection.current, selection.canEdit, selection.canDelete, selection.account, selection.status);
        return;
    }
    m_link.reset();
    qint64 clicks = 0;
    for (const Link &link : selection.links)
        clicks += link.clicks;
    m_selection->setText(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
        tr("%Ln link(s) selected", nullptr, int(selection.links.size())).toHtmlEscaped(),
        tr("%Ln click(s) together", nullptr, int(qMin<qint64>(clicks, INT_MAX))).toHtmlEscaped()));
    m_stack->setCurrentWidget(m_selection);
}

}   // namespace Linkdeck::Gui
