#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

// A link's social preview (issue 15): the title, description and image that link-preview
// crawlers (LinkedIn, Facebook, X, Slack, WhatsApp, ...) show when the short URL is pasted,
// served by linkdeck-server as Open Graph and Twitter card tags while people are redirected.
// The rules, in one place for the dialog, the CLI and the provider:
//   - a title of at most MaxTitle characters, a description of at most MaxDescription, each
//     one line (line breaks and other control characters become spaces, the ends trimmed);
//   - an image is an http(s) address, checked and normalised like a destination;
//   - an image or a description needs a title (crawlers show nothing without one).
class LinkPreview
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LinkPreview)
public:
    static constexpr int MaxTitle = 200;
    static constexpr int MaxDescription = 500;

    static bool hasPreview(const Link &link)
    {
        return !link.previewTitle.isEmpty() || !link.previewDescription.isEmpty() || !link.previewImage.isEmpty();
    }
    // A sentence for the user about what is wrong with the preview; empty when nothing is.
    static QString problem(const Link &link);
    // The link with its preview made one line, trimmed and its image normalised, or an Invalid
    // error with problem()'s sentence.
    static Result<Link> checked(Link link);
};

}   // namespace Linkdeck
