#include "cli/qrcommands.h"

#include <QTextStream>

#include "core/backend.h"
#include "print/qrcommand.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {

QrCommand::QrCommand()
    : Command(u"qr"_s, u"qr TEXT_OR_SLUG -o FILE [options]"_s, QString())
{
    Print::QrExportOptions::addOptions(m_parser);
    m_parser.addPositionalArgument(u"TEXT_OR_SLUG"_s, Tr::tr("A link's back-half (its short URL is encoded), or any text or URL."));
}

int QrCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().size() != 1)
        return usageError(context, Tr::tr("qr needs exactly one text, URL or back-half."));
    const auto options = Print::QrExportOptions::read(m_parser);
    if (!options)
        return usageError(context, options.error().message);
    const std::optional<QString> domain = context.localDomain();
    if (!domain)
        return Failure;
    QString text = m_parser.positionalArguments().first();
    if (const auto link = context.backend()->links().findBySlug(*domain, text))
        text = link->shortUrl;
    const auto warnings = Print::exportQr(text, *options);
    if (!warnings)
        return context.fail(warnings.error().message);
    for (const QString &warning : *warnings)
        context.warn(warning);
    context.out() << options->output << Qt::endl;
    return Success;
}

QrSheetCommand::QrSheetCommand()
    : Command(u"qr-sheet"_s, u"qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]"_s, QString())
{
    Print::QrSheetOptions::addOptions(m_parser);
    m_parser.addPositionalArgument(u"SLUG"_s, Tr::tr("Back-halves of the links to print."), u"SLUG..."_s);
}

int QrSheetCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().isEmpty())
        return usageError(context, Tr::tr("qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf"));
    const auto options = Print::QrSheetOptions::read(m_parser);
    if (!options)
        return usageError(context, options.error().message);
    const std::optional<QString> domain = context.localDomain();
    if (!domain)
        return Failure;
    QList<Print::SheetLabel> labels;
    const QStringList slugs = m_parser.positionalArguments();
    for (const QString &slug : slugs) {
        const auto link = context.backend()->links().findBySlug(*domain, slug);
        if (!link)
            return context.fail(Tr::tr("There is no link “%1” on %2.").arg(slug, *domain));
        labels << Print::SheetLabel{link->shortUrl, link->domain + u'/' + link->slug};
    }
    const auto pages = Print::exportQrSheet(labels, *options);
    if (!pages)
        return context.fail(pages.error().message);
    context.out() << options->output << Qt::endl;
    return Success;
}

} // namespace Linkdeck::Cli
