#include "gui/appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace Linkdeck::Gui::Appearance {

namespace {

const QString Fusion = u"Fusion"_s;

// The style the platform gave before Linkdeck changed it: what System goes back to.
QString platformStyle()
{
    static const QString name = QApplication::style()->name();
    return name;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

}   // namespace

void apply(Settings::Appearance appearance)
{
    const QString platform = platformStyle();
    switch (appearance) {
    case Settings::Appearance::System:
        useStyle(platform);
        // An empty palette: every colour comes from the platform theme and the style again.
        QApplication::setPalette(QPalette());
        break;
    case Settings::Appearance::Light:
        useStyle(Fusion);
        QApplication::setPalette(lightPalette());
        break;
    case Settings::Appearance::Dark:
        useStyle(Fusion);
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(Fusion));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    // As the dark themes of qBittorrent and KeePassXC over Fusion: grey windows, darker fields,
    // light (not white) text, a blue selection white text reads on, links that read on the fields,
    // and disabled text dimmed but still legible. Fusion draws its bevels from Light to Shadow.
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xe4, 0xe4, 0xe4);
    const QColor dimmed(0x8c, 0x8c, 0x8c);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimmed);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4e, 0x4e, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x68, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9c, 0xff));

    p.setColor(QPalette::Disabled, QPalette::WindowText, dimmed);
    p.setColor(QPalette::Disabled, QPalette::Text, dimmed);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, dimmed);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2e, 0x2e, 0x2e));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::Link, QColor(0x6f, 0x8c, 0xab));
    // Styles that etch disabled text draw it a pixel off in Light: on the window it does not show.
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

}   // namespace Linkdeck::Gui::Appearance
