#include "core/bulk/tablereader.h"

#include "core/base/csv.h"

#include "core/bulk/xlsxsheet.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Linkdeck::Bulk {
namespace {

bool isC0Control(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x1a;
}

QString jsonScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Nested objects become "outer.inner" columns (Rebrandly's domain.fullName, Shlink's
// meta.validUntil); a list of words or of objects with a name (tags) becomes "a, b". Linkdeck's
// own "breakdowns" (a link's clicks by country, referrer, ...: one key per value) stay one
// column, as JSON text, rather than one column for each country and referrer there is.
void flatten(const QJsonObject &object, const QString &prefix, QHash<QString, QString> &out, QStringList &order)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix + it.key();
        const QJsonValue value = it.value();
        if (value.isObject() && !(prefix.isEmpty() && key == u"breakdowns")) {
            flatten(value.toObject(), key + u'.', out, order);
            continue;
        }
        QString text;
        if (value.isArray()) {
            QStringList parts;
            bool plain = true;
            for (const QJsonValue &item : value.toArray()) {
                if (item.isObject() && item.toObject().contains(u"name"_s))
                    parts << jsonScalar(item.toObject().value(u"name"_s));
                else if (item.isString() || item.isDouble() || item.isBool())
                    parts << jsonScalar(item);
                else
                    plain = false;
            }
            text = plain ? parts.join(u", "_s) : jsonScalar(value);
        } else {
            text = jsonScalar(value);
        }
        if (!out.contains(key) && !order.contains(key))
            order << key;
        out.insert(key, text);
    }
}

// The list of links in a JSON document: the document itself, or the first array of objects
// found in it (Linkdeck's and Bitly's "links", Shlink's "shortUrls": {"data": [...]}).
std::optional<QJsonArray> findRows(const QJsonValue &root, int depth = 0)
{
    if (root.isArray())
        return root.toArray();
    if (!root.isObject() || depth > 3)
        return std::nullopt;
    const QJsonObject object = root.toObject();
    for (const char *preferred : {"links", "shortUrls", "data", "items", "results"}) {
        const QJsonValue v = object.value(QLatin1StringView(preferred));
        if (auto rows = findRows(v, depth + 1))
            return rows;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray() && !it.value().toArray().isEmpty() && it.value().toArray().first().isObject())
            return it.value().toArray();
    }
    return std::nullopt;
}

}   // namespace

TableReader::TableReader(QIODevice *device, Format format)
    : m_device(device)
    , m_format(format)
{}

TableReader::~TableReader() = default;

std::optional<TableReader::Format> TableReader::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return Format::Csv;
    if (n == u"tsv" || n == u"txt")
        return Format::Tsv;
    if (n == u"json")
        return Format::Json;
    if (n == u"xlsx")
        return Format::Xlsx;
    return std::nullopt;
}

TableReader::Format TableReader::formatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"tsv" || suffix == u"tab")
        return Format::Tsv;
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"xlsx")
        return Format::Xlsx;
    return Format::Auto;   // .csv and .txt: sniffed (Excel's "Unicode text" .txt is tab-separated)
}

qint64 TableReader::bytesRead() const
{
    return m_xlsx ? m_xlsx->bytesRead() : m_bytesRead;
}

qint64 TableReader::bytesTotal() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : 0;
}

Error TableReader::rowError(qint64 row, const QString &what) const
{
    return Error::make(Error::Kind::Invalid, tr("Row %1: %2").arg(row).arg(what));
}

Result<void> TableReader::open()
{
    if (!m_device || !m_device->isReadable())
        return Error::make(Error::Kind::Invalid, tr("The file cannot be read."));
    const QByteArray start = m_device->peek(8);
    if (start.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The file is empty: there are no links to import."));
    if (start.startsWith("PK\x03\x04")) {
        if (m_format == Format::Auto || m_format == Format::Xlsx)
            m_format = Format::Xlsx;
    }
    if (m_format == Format::Xlsx)
        return openXlsx();
    if (m_format == Format::Json)
        return openJson();
    if (m_format == Format::Auto) {
        // JSON starts with [ or { (after a BOM or blanks); a table's header does not.
        QByteArray head = m_device->peek(256);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        if (!head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF")) {
            const QByteArray trimmed = head.trimmed();
            if (trimmed.startsWith('[') || trimmed.startsWith('{'))
                return openJson();
        }
    }
    return openText();
}

Result<void> TableReader::openJson()
{
    m_format = Format::Json;
    if (m_device->size() > MaxJsonBytes)
        return Error::make(Error::Kind::Invalid,
                           tr("The JSON file is larger than %1 MB; export the links as CSV instead, which is read "
                              "in parts.")
                               .arg(MaxJsonBytes / (1024 * 1024)));
    QByteArray data = m_device->read(MaxJsonBytes + 1);
    m_bytesRead = data.size();
    if (data.startsWith("\xFF\xFE"))
        data = QStringDecoder(QStringDecoder::Utf16LE)(data.mid(2)).operator QString().toUtf8();
    else if (data.startsWith("\xFE\xFF"))
        data = QStringDecoder(QStringDecoder::Utf16BE)(data.mid(2)).operator QString().toUtf8();
    else if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(data.left(parseError.offset).count('\n')) + 1;
        return Error::make(Error::Kind::Invalid,
                           tr("The JSON file cannot be read: %1 in line %2.").arg(parseError.errorString()).arg(line));
    }
    const auto rows = findRows(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    if (!rows)
        return Error::make(Error::Kind::Invalid, tr("The JSON file holds no list of links."));
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QJsonValue item = rows->at(i);
        if (!item.isObject())
            return Error::make(Error::Kind::Invalid,
                               tr("Row %1: the JSON list holds something other than a link (an object).").arg(i + 1));
        QHash<QString, QString> flat;
        flatten(item.toObject(), {}, flat, m_header);
        m_jsonRows << flat;
    }
    if (m_jsonRows.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The JSON file holds no links."));
    m_encodingName = u"UTF-8"_s;
    return {};
}

Result<void> TableReader::openXlsx()
{
    m_xlsx = std::make_unique<XlsxSheet>(m_device);
    if (auto r = m_xlsx->open(); !r)
        return r;
    m_encodingName = u"XLSX"_s;
    QStringList fields;
    if (!m_xlsx->next(&fields, &m_row)) {
        if (m_xlsx->error())
            return *m_xlsx->error();
        return Error::make(Error::Kind::Invalid,
                           tr("The workbook's first sheet is empty: there are no links to import."));
    }
    for (QString &f : fields)
        f = f.trimmed();
    m_header = fields;
    return {};
}

Result<void> TableReader::openText()
{
    // The encoding: a BOM says it; else UTF-16 without BOM by its zero bytes; else UTF-8 if the
    // start is valid UTF-8; else Windows-1252, what Excel's plain "CSV" is in western locales.
    QByteArray head = m_device->peek(ChunkSize);
    qsizetype skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        m_encodingName = u"UTF-8"_s;
        skip = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        m_encodingName = u"UTF-16LE"_s;
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        m_encodingName = u"UTF-16BE"_s;
        skip = 2;
    } else if (head.size() >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
        m_encodingName = u"UTF-16LE"_s;
    } else if (head.size() >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
        m_encodingName = u"UTF-16BE"_s;
    } else {
        QStringDecoder probe(QStringDecoder::Utf8);
        const QString probed = probe(head);
        Q_UNUSED(probed)
        if (!probe.hasError()) {
            m_decoder = QStringDecoder(QStringDecoder::Utf8);
            m_encodingName = u"UTF-8"_s;
        } else {
            m_decoder = QStringDecoder("windows-1252");
            m_encodingName = u"Windows-1252"_s;
            if (!m_decoder.isValid()) {
                m_decoder = QStringDecoder(QStringDecoder::Latin1);
                m_encodingName = u"ISO-8859-1"_s;
            }
        }
    }
    if (skip)
        m_device->read(skip);
    m_bytesRead = skip;
    while (!m_eof && m_text.size() < ChunkSize / 4)
        fill();
    if (m_error)
        return *m_error;
    if (m_text.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The file is empty: there are no links to import."));

    // Excel's "sep=;" first line names the separator.
    if (m_text.startsWith(u"sep=") && m_text.size() >= 5
        && (m_text.size() == 5 || m_text.at(5) == u'\r' || m_text.at(5) == u'\n')) {
        m_separator = m_text.at(4);
        m_pos = 5;
        while (m_pos < m_text.size() && (m_text.at(m_pos) == u'\r' || m_text.at(m_pos) == u'\n'))
            ++m_pos;
    } else if (m_format == Format::Tsv) {
        m_separator = u'\t';
    } else {
        sniffSeparator();
    }
    if (m_format == Format::Auto)
        m_format = m_separator == u'\t' ? Format::Tsv : Format::Csv;

    // The header: the first row that is not blank.
    QStringList fields;
    do {
        if (!nextRecord(&fields)) {
            if (m_error)
                return *m_error;
            return Error::make(Error::Kind::Invalid, tr("The file is empty: there are no links to import."));
        }
    } while (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }));
    for (QString &f : fields)
        f = f.trimmed();
    m_header = fields;
    return {};
}

bool TableReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += chunk.size();
    // Drop what was parsed, so the buffer holds one chunk and the record being read.
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype from = m_text.size();
    m_text += m_decoder(chunk);
    if (m_device->atEnd())
        m_eof = true;
    return checkText(from);
}

bool TableReader::checkText(qsizetype from)
{
    qsizetype controls = 0;
    for (qsizetype i = from; i < m_text.size(); ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (c == 0 || (isC0Control(c) && ++controls > 8 + (m_text.size() - from) / 100)) {
            const qint64 row = m_row + 1 + QStringView(m_text).mid(m_pos, i - m_pos).count(u'\n');
            m_error = rowError(row, tr("the file holds binary data, not text; it is not a CSV or TSV table."));
            m_eof = true;
            m_done = true;
            return false;
        }
    }
    return true;
}

void TableReader::sniffSeparator()
{
    // Count each candidate outside quotes on the first lines; the one that splits the header
    // and then the most lines into as many fields wins.
    const char16_t candidates[] = {u',', u';', u'\t'};
    QList<QList<int>> counts(3);
    QList<int> line(3, 0);
    bool inQuotes = false;
    int lines = 0;
    for (qsizetype i = m_pos; i < m_text.size() && lines < 20; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\n')
                ++i;
            for (int k = 0; k < 3; ++k)
                counts[k] << line[k];
            line.fill(0);
            ++lines;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                line[k] += c == QChar(candidates[k]);
        }
    }
    if (lines < 20) {
        for (int k = 0; k < 3; ++k)
            counts[k] << line[k];
    }
    int best = -1;
    int bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        const int first = counts[k].value(0);
        if (first == 0)
            continue;
        const int same = int(std::count(counts[k].cbegin(), counts[k].cend(), first));
        const int score = same * 1000 + first;
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    m_separator = best < 0 ? QChar(u',') : QChar(candidates[best]);
}

TableReader::Parse TableReader::parseRecord(QStringList *fields)
{
    fields->clear();
    QString field;
    const qsizetype n = m_text.size();
    const QChar *p = m_text.constData();
    const QChar sep = m_separator;
    qsizetype i = m_pos;
    bool inQuotes = false;
    bool fieldStart = true;
    for (;;) {
        if (i >= n) {
            if (!m_eof)
                return Parse::NeedMore;
            if (inQuotes)
                return Parse::Unterminated;
            fields->append(field);
            m_pos = i;
            return Parse::Complete;
        }
        if (i - m_pos > MaxRecordChars)
            return inQuotes ? Parse::Unterminated : Parse::TooLong;
        const QChar c = p[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && p[i + 1] == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                inQuotes = false;
                ++i;
                continue;
            }
            // A run of ordinary characters at once.
            qsizetype j = i;
            while (j < n && p[j] != u'"')
                ++j;
            field.append(p + i, j - i);
            i = j;
            continue;
        }
        if (c == sep) {
            fields->append(field);
            field.clear();
            fieldStart = true;
            ++i;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (i + 1 >= n && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < n && p[i + 1] == u'\n')
                    ++i;
            }
            fields->append(field);
            m_pos = i + 1;
            return Parse::Complete;
        }
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            ++i;
            continue;
        }
        // Unquoted text (a quote inside it is kept, as Excel reads it).
        fieldStart = false;
        qsizetype j = i + 1;
        while (j < n && p[j] != sep && p[j] != u'\n' && p[j] != u'\r')
            ++j;
        field.append(p + i, j - i);
        i = j;
    }
}

bool TableReader::nextRecord(QStringList *fields)
{
    if (m_done)
        return false;
    for (;;) {
        if (m_pos >= m_text.size() && m_eof) {
            m_done = true;
            return false;
        }
        const Parse parsed = parseRecord(fields);
        if (parsed == Parse::NeedMore) {
            fill();
            if (m_error)
                return false;
            continue;
        }
        if (parsed == Parse::Unterminated) {
            m_error = rowError(m_row + 1,
                               tr("a quoted field that starts in this row has no closing quote mark. "
                                  "Check the quotes in that row; nothing was imported from it on."));
            m_done = true;
            return false;
        }
        if (parsed == Parse::TooLong) {
            m_error = rowError(m_row + 1,
                               tr("the row is longer than %1 characters; the file is probably not a "
                                  "table of links.")
                                   .arg(MaxRecordChars));
            m_done = true;
            return false;
        }
        ++m_row;
        return true;
    }
}

bool TableReader::next(QStringList *fields)
{
    if (m_format == Format::Xlsx) {
        if (!m_xlsx || m_done)
            return false;
        if (m_xlsx->next(fields, &m_row))
            return true;
        m_error = m_xlsx->error();
        m_done = true;
        return false;
    }
    if (m_format == Format::Json) {
        if (m_jsonIndex >= m_jsonRows.size()) {
            m_done = true;
            return false;
        }
        const QHash<QString, QString> &flat = m_jsonRows.at(m_jsonIndex++);
        fields->clear();
        for (const QString &key : m_header)
            fields->append(flat.value(key));
        m_row = m_jsonIndex;
        return true;
    }
    for (;;) {
        if (!nextRecord(fields))
            return false;
        // The apostrophe a CSV writer put before a cell a spreadsheet would take for a formula
        // (Csv::guarded(), as Linkdeck's export writes it) is not part of the value.
        for (QString &f : *fields) {
            if (f.startsWith(u'\''))
                f = Csv::unguarded(f);
        }
        if (std::any_of(fields->cbegin(), fields->cend(), [](const QString &f) { return !f.trimmed().isEmpty(); }))
            return true;
    }
}

}   // namespace Linkdeck::Bulk
