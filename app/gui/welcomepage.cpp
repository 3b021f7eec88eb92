#include "gui/welcomepage.h"

#include "gui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

}   // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QWidget(this);
    // As wide as the page allows, up to a comfortable line length; the wrapped labels then
    // take the height they need (an aligned widget would get its narrow size hint instead).
    column->setMaximumWidth(480);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    auto *heading = wrappedLabel(tr("Welcome to Linkdeck"), column);
    heading->setObjectName(u"welcomeHeading"_s);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    layout->addWidget(wrappedLabel(tr("You have no links yet. Start with one of these two steps."), column));
    layout->addSpacing(8);

    auto *create =
        new QPushButton(themedIcon(u"list-add"_s, QStyle::SP_FileIcon), tr("Create your first link"), column);
    create->setObjectName(u"firstLinkButton"_s);
    create->setDefault(true);
    layout->addWidget(create, 0, Qt::AlignLeft);
    layout->addWidget(wrappedLabel(tr("A short link on this computer, served by Linkdeck's own link server: "
                                      "ready to test, share or print as a QR code."),
                                   column));
    layout->addSpacing(8);

    auto *connectAccount = new QPushButton(themedIcon(u"network-server"_s, QStyle::SP_DriveNetIcon),
                                           tr("Connect Bitly, Rebrandly, Shlink…"), column);
    connectAccount->setObjectName(u"connectAccountButton"_s);
    layout->addWidget(connectAccount, 0, Qt::AlignLeft);
    layout->addWidget(wrappedLabel(tr("Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) "
                                      "with its API token: its links appear here."),
                                   column));
    layout->addSpacing(8);

    auto *guide =
        new QPushButton(themedIcon(u"help-contents"_s, QStyle::SP_DialogHelpButton), tr("Getting Started"), column);
    guide->setObjectName(u"welcomeGuideButton"_s);
    guide->setFlat(true);
    layout->addWidget(guide, 0, Qt::AlignLeft);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    m_first = create;

    connect(create, &QPushButton::clicked, this, &WelcomePage::createLinkRequested);
    connect(connectAccount, &QPushButton::clicked, this, &WelcomePage::connectAccountRequested);
    connect(guide, &QPushButton::clicked, this, &WelcomePage::gettingStartedRequested);
}

QWidget *WelcomePage::focusTarget() const
{
    return m_first;
}

}   // namespace Linkdeck::Gui
