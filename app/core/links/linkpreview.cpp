#include "core/links/linkpreview.h"

#include "core/links/urlvalidator.h"

namespace Linkdeck {
namespace {

// One line: control characters (line breaks, tabs, the server's field separator) as spaces,
// runs of them as one, the ends trimmed.
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) ? QChar(u' ') : c;
    return out.simplified();
}

}   // namespace

QString LinkPreview::problem(const Link &link)
{
    const QString title = oneLine(link.previewTitle);
    const QString description = oneLine(link.previewDescription);
    const QString image = link.previewImage.trimmed();
    if (title.size() > MaxTitle)
        return tr("The preview title is too long: at most %1 characters.").arg(MaxTitle);
    if (description.size() > MaxDescription)
        return tr("The preview description is too long: at most %1 characters.").arg(MaxDescription);
    if (title.isEmpty() && (!description.isEmpty() || !image.isEmpty()))
        return tr("A preview needs a title: link previews show nothing without one.");
    if (!image.isEmpty()) {
        const UrlCheck check = UrlValidator::check(image);
        if (!check.ok)
            return tr("The preview image's address cannot be used: %1").arg(check.reason);
    }
    return {};
}

Result<Link> LinkPreview::checked(Link link)
{
    if (const QString why = problem(link); !why.isEmpty())
        return Error::make(Error::Kind::Invalid, why);
    link.previewTitle = oneLine(link.previewTitle);
    link.previewDescription = oneLine(link.previewDescription);
    link.previewImage = link.previewImage.trimmed();
    if (!link.previewImage.isEmpty())
        link.previewImage = UrlValidator::check(link.previewImage).url;
    return link;
}

}   // namespace Linkdeck
