#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/links/link.h"

namespace Linkdeck {

// A link's A/B split (issue 15): visitors are shared between 2 to MaxVariants destinations by
// percent. The rules, in one place for the dialog, the CLI, the provider and the server:
//   - each destination an http(s) address, checked and normalised like the link's own;
//   - each share a whole percent from 1 to 99, the shares adding up to 100;
//   - the first variant is the link's destination (checked() sets it), so that a link's
//     destination is where most people expect it to be, and removing the split keeps it.
// Stored in links.variants as JSON: [{"url": "...", "percent": 70}, ...], '' for none.
//
// A visitor keeps their variant on return: linkdeck-server picks it from a hash of the link,
// the visitor's anonymised address (the last IPv4 byte, the last 80 bits of an IPv6 address
// left out) and user agent, so nothing is stored about anyone (variantFor()).
class LinkSplit
{
    Q_DECLARE_TR_FUNCTIONS(Linkdeck::LinkSplit)
public:
    static constexpr int MaxVariants = 10;

    static bool hasSplit(const Link &link) { return !link.variants.isEmpty(); }
    // A sentence for the user about what is wrong with the split; empty when nothing is.
    static QString problem(const Link &link);
    // The link with its split normalised (the first variant's address the destination), or an
    // Invalid error with problem()'s sentence.
    static Result<Link> checked(Link link);

    // "A", "B", ... for variant 1, 2, ... (as the statistics and the CLI name them).
    static QString letter(int variant);

    static QString toJson(const QList<Link::Variant> &variants);   // '' for none
    static QList<Link::Variant> fromJson(const QString &json);     // empty for '' or a damaged text

    // The server's side, without Qt strings on the redirect path.
    struct Choice
    {
        std::string url;
        std::uint32_t upTo = 0;   // cumulative percent: this variant takes hashes below it
    };
    // Parses links.variants for the server: empty when '' or not a valid split.
    static std::vector<Choice> choices(std::string_view json);
    // The variant (0-based) a visitor gets: from a hash of (link, anonymised address, user agent)
    // into 0..99 and the cumulative shares. `choices` must not be empty.
    static std::size_t variantFor(const std::vector<Choice> &choices, std::int64_t linkId, std::string_view clientIp,
                                  std::string_view userAgent);
    // The hash variantFor() uses, 0..99.
    static std::uint32_t bucketOf(std::int64_t linkId, std::string_view clientIp, std::string_view userAgent);
};

}   // namespace Linkdeck
