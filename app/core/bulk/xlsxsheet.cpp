#include "core/bulk/xlsxsheet.h"

#include <QIODevice>

#include <unzip.h>

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

// minizip reads the zip through these, from the QIODevice given as `opaque`.
voidpf ZCALLBACK zipOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK zipRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK zipWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK zipTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long ZCALLBACK zipSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 to = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += device->size();
    return device->seek(to) ? 0 : -1;
}

int ZCALLBACK zipClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK zipError(voidpf, voidpf)
{
    return 0;
}

// "AB12" -> 27 (the column, from 0).
int columnOf(QStringView reference)
{
    int n = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        n = n * 26 + (u - u'A' + 1);
    }
    return n - 1;
}

// OOXML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_, a
// literal "_x0041_" is "_x005F_x0041_"): one pass from the left undoes it.
QString unescaped(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

constexpr qint64 MaxSharedStringsBytes = 256 * 1024 * 1024;
constexpr qint64 MaxSmallEntryBytes = 4 * 1024 * 1024;

}   // namespace

struct XlsxSheet::Zip
{
    zlib_filefunc64_def funcs{};
    unzFile file = nullptr;
    ~Zip()
    {
        if (file)
            unzClose(file);
    }
};

XlsxSheet::XlsxSheet(QIODevice *device)
    : m_device(device)
{}

XlsxSheet::~XlsxSheet()
{
    if (m_zip && m_zip->file && m_entryOpen)
        unzCloseCurrentFile(m_zip->file);
}

Error XlsxSheet::broken(const QString &detail) const
{
    return Error::make(Error::Kind::Invalid,
                       tr("The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV."),
                       detail);
}

Result<QByteArray> XlsxSheet::readEntry(const QString &name, qint64 limit)
{
    if (unzLocateFile(m_zip->file, name.toUtf8().constData(), 0) != UNZ_OK)
        return Error::make(Error::Kind::NotFound, QString(), name);
    if (unzOpenCurrentFile(m_zip->file) != UNZ_OK)
        return broken(name);
    QByteArray out;
    char buffer[64 * 1024];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip->file, buffer, sizeof buffer)) > 0) {
        out.append(buffer, n);
        if (out.size() > limit) {
            unzCloseCurrentFile(m_zip->file);
            return Error::make(Error::Kind::Invalid, tr("The Excel workbook is too large to read; save it as CSV."));
        }
    }
    unzCloseCurrentFile(m_zip->file);
    if (n < 0)
        return broken(name);
    return out;
}

Result<void> XlsxSheet::openEntry(const QString &name)
{
    if (unzLocateFile(m_zip->file, name.toUtf8().constData(), 0) != UNZ_OK || unzOpenCurrentFile(m_zip->file) != UNZ_OK)
        return broken(name);
    m_entryOpen = true;
    return {};
}

Result<void> XlsxSheet::open()
{
    m_zip = std::make_unique<Zip>();
    m_zip->funcs.zopen64_file = zipOpen;
    m_zip->funcs.zread_file = zipRead;
    m_zip->funcs.zwrite_file = zipWrite;
    m_zip->funcs.ztell64_file = zipTell;
    m_zip->funcs.zseek64_file = zipSeek;
    m_zip->funcs.zclose_file = zipClose;
    m_zip->funcs.zerror_file = zipError;
    m_zip->funcs.opaque = m_device;
    m_zip->file = unzOpen2_64("workbook.xlsx", &m_zip->funcs);
    if (!m_zip->file)
        return broken(u"not a zip"_s);

    // The strings the cells refer to by number (absent when a workbook has none).
    if (const Result<QByteArray> strings = readEntry(u"xl/sharedStrings.xml"_s, MaxSharedStringsBytes)) {
        QXmlStreamReader xml(*strings);
        QString current;
        int depth = 0;   // inside <rPh> (phonetic hints), whose text is not the cell's
        bool inText = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"si")
                    current.clear();
                else if (xml.name() == u"rPh")
                    ++depth;
                else if (xml.name() == u"t")
                    inText = depth == 0;
            } else if (xml.isEndElement()) {
                if (xml.name() == u"si")
                    m_sharedStrings << unescaped(current);
                else if (xml.name() == u"rPh")
                    --depth;
                else if (xml.name() == u"t")
                    inText = false;
            } else if (xml.isCharacters() && inText) {
                current += xml.text();
            }
        }
        if (xml.hasError())
            return broken(xml.errorString());
    } else if (strings.error().kind != Error::Kind::NotFound) {
        return strings.error();
    }

    // The first sheet: workbook.xml names it, its relationships say where it is.
    QString sheetPath = u"xl/worksheets/sheet1.xml"_s;
    const Result<QByteArray> workbook = readEntry(u"xl/workbook.xml"_s, MaxSmallEntryBytes);
    const Result<QByteArray> rels = readEntry(u"xl/_rels/workbook.xml.rels"_s, MaxSmallEntryBytes);
    if (workbook && rels) {
        QString firstId;
        QXmlStreamReader wx(*workbook);
        while (!wx.atEnd() && firstId.isEmpty()) {
            if (wx.readNext() == QXmlStreamReader::StartElement && wx.name() == u"sheet") {
                for (const QXmlStreamAttribute &a : wx.attributes()) {
                    if (a.name() == u"id")
                        firstId = a.value().toString();
                }
            }
        }
        QXmlStreamReader rx(*rels);
        while (!rx.atEnd() && !firstId.isEmpty()) {
            if (rx.readNext() == QXmlStreamReader::StartElement && rx.name() == u"Relationship"
                && rx.attributes().value(u"Id"_s) == firstId) {
                const QString target = rx.attributes().value(u"Target"_s).toString();
                sheetPath = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
                break;
            }
        }
    }
    return openEntry(sheetPath);
}

bool XlsxSheet::feed()
{
    if (m_entryDone || !m_entryOpen)
        return false;
    char buffer[64 * 1024];
    const int n = unzReadCurrentFile(m_zip->file, buffer, sizeof buffer);
    if (n < 0) {
        m_error = broken(u"inflate"_s);
        return false;
    }
    m_bytesRead = m_device->pos();
    if (n == 0) {
        m_entryDone = true;
        unzCloseCurrentFile(m_zip->file);
        m_entryOpen = false;
        return false;
    }
    m_xml.addData(QByteArray(buffer, n));
    return true;
}

bool XlsxSheet::next(QStringList *cells, qint64 *row)
{
    if (m_error)
        return false;
    qint64 rowNumber = 0;
    int column = -1;
    QString type;
    QString text;
    bool inRow = false;
    bool inText = false;
    int phonetic = 0;
    cells->clear();
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed())
                    continue;
                if (!m_error && m_entryDone && !inRow)
                    return false;   // the sheet ended (a truncated one says so below)
                if (!m_error)
                    m_error = broken(u"sheet ends early"_s);
                return false;
            }
            m_error = broken(m_xml.errorString());
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                inRow = true;
                bool ok = false;
                rowNumber = m_xml.attributes().value(u"r"_s).toLongLong(&ok);
                if (!ok)
                    rowNumber = *row + 1;
                cells->clear();
            } else if (name == u"c" && inRow) {
                const QStringView ref = m_xml.attributes().value(u"r"_s);
                column = ref.isEmpty() ? int(cells->size()) : columnOf(ref);
                type = m_xml.attributes().value(u"t"_s).toString();
                text.clear();
            } else if (name == u"rPh") {
                ++phonetic;
            } else if ((name == u"v" || name == u"t") && column >= 0) {
                inText = phonetic == 0;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (inText)
                text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = m_xml.name();
            if (name == u"v" || name == u"t") {
                inText = false;
            } else if (name == u"rPh") {
                --phonetic;
            } else if (name == u"c" && column >= 0) {
                QString value = text;
                if (type == u"s")
                    value = m_sharedStrings.value(text.toInt());
                else if (type == u"b")
                    value = text == u"1" ? u"true"_s : u"false"_s;
                else if (type == u"e")
                    value.clear();   // #N/A and friends
                else
                    value = unescaped(value);
                while (cells->size() <= column)
                    cells->append(QString());
                (*cells)[column] = value;
                column = -1;
            } else if (name == u"row") {
                inRow = false;
                *row = rowNumber;
                if (std::any_of(cells->cbegin(), cells->cend(),
                                [](const QString &c) { return !c.trimmed().isEmpty(); }))
                    return true;
            } else if (name == u"sheetData") {
                return false;
            }
        }
    }
}

}   // namespace Linkdeck::Bulk
