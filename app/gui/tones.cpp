#include "gui/tones.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QWidget>

#include <optional>

namespace Linkdeck::Gui {

namespace {

constexpr char ToneProperty[] = "linkdeckTone";

// The text colour of the tone, from the application's palette for the widget (already the new
// one when the widget hears of a change); none for Plain.
std::optional<QColor> colourOf(QWidget *widget)
{
    const QPalette base = QApplication::palette(widget);
    switch (Tone(widget->property(ToneProperty).toInt())) {
    case Tone::Plain:
        return std::nullopt;
    case Tone::Bad:
        return badTone(base);
    case Tone::Good:
        return goodTone(base);
    case Tone::Warning:
        return warningTone(base);
    case Tone::Quiet:
        return base.color(QPalette::Disabled, QPalette::WindowText);
    }
    return std::nullopt;
}

void applyTone(QWidget *widget)
{
    QPalette own;   // nothing set: every other colour still follows the application
    if (const std::optional<QColor> colour = colourOf(widget))
        own.setColor(QPalette::WindowText, *colour);
    widget->setPalette(own);
}

// Sets a toned widget's colour again when the application's palette changes.
class ToneFollower final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A widget hears of a new palette from the application or through its parent.
        const auto type = event->type();
        if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange) && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            const std::optional<QColor> colour = colourOf(widget);
            if (colour && widget->palette().color(QPalette::WindowText) != *colour)
                applyTone(widget);   // its PaletteChange then finds the colour right
        }
        return false;
    }
};

class LinkFollower final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            if (auto *label = qobject_cast<QLabel *>(watched); label && !label->text().isEmpty()) {
                const QString text = label->text();
                label->clear();   // the same text again would be ignored
                label->setText(text);
            }
        }
        return false;
    }
};

}   // namespace

void followPaletteLinks(QLabel *label)
{
    label->installEventFilter(new LinkFollower(label));
}

void setTone(QWidget *widget, Tone tone)
{
    const bool following = widget->property(ToneProperty).isValid();
    widget->setProperty(ToneProperty, int(tone));
    applyTone(widget);
    if (!following)
        widget->installEventFilter(new ToneFollower(widget));
}

}   // namespace Linkdeck::Gui
