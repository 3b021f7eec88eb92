#include "gui/gettingstarted.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui {
namespace {

QString keys(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
}

}   // namespace

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"gettingStartedDialog"_s);
    setWindowTitle(tr("Getting Started with Linkdeck"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setObjectName(u"gettingStartedText"_s);
    text->setAccessibleName(tr("Getting started guide"));
    text->setOpenLinks(false);   // the guide is all here: nothing to fetch
    text->setHtml(guideHtml());
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"gettingStartedButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

void GettingStartedDialog::showFor(QWidget *parent)
{
    if (auto *open = parent->findChild<GettingStartedDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *guide = new GettingStartedDialog(parent);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

QString GettingStartedDialog::guideHtml()
{
    QString html;
    const auto section = [&html](const QString &title, const QString &body) {
        html += u"<h3>"_s + title.toHtmlEscaped() + u"</h3><p>"_s + body + u"</p>"_s;
    };
    html += u"<h2>"_s + tr("Getting started").toHtmlEscaped() + u"</h2>"_s;
    section(tr("1. Create a short link"),
            tr("Press %1 (File > New Link), paste the address your link should open and choose a back-half, "
               "such as <i>spring-sale</i>. Links on “This computer” are served by Linkdeck's own link server, "
               "shown under the sidebar.")
                .arg(keys(QKeySequence::New)));
    section(tr("2. Or connect a link service"),
            tr("In File > Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. "
               "Its links appear in the table, and new links can be made there too. Tokens stay in your "
               "system's keychain."));
    section(tr("3. Track a campaign"),
            tr("In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists "
               "the campaign; choose it and press %1 to see its clicks over time, countries, referrers "
               "and devices.")
                .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_I))));
    section(tr("4. Print a QR code"),
            tr("Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and "
               "export for print (PDF, SVG, EPS). %2 prints the selected links as labels.")
                .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_R)), keys(QKeySequence::Print)));
    section(tr("Working with the keyboard"),
            tr("%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a "
               "link, Esc clears the filter, %3 copies the selected short link.")
                .arg(keys(QKeySequence(Qt::Key_F6)), keys(QKeySequence::Find), keys(QKeySequence::Copy)));
    return html;
}

}   // namespace Linkdeck::Gui
