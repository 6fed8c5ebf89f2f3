// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdf.h"

#include "ReportDocument.h"
#include "io/OutputFile.h"
#include "report/ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextItem>

namespace servicelens::ui {

namespace {

// A paint device that keeps the text drawn on it and nothing else: the characters the report
// really uses, to tell which of the code points sharing a glyph each one stands for.
class TextRecorder final : public QPaintDevice {
public:
    QString text;

    QPaintEngine *paintEngine() const override { return &m_engine; }
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return 596;
        case PdmHeight:
            return 842;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(devicePixelRatioFScale());
        default:
            return 1;
        }
    }

private:
    class Engine final : public QPaintEngine {
    public:
        explicit Engine(QString &text)
            : m_text(text)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            m_text += item.text();
        }
        Type type() const override { return User; }

    private:
        QString &m_text;
    };
    mutable Engine m_engine{text};
};

// For each code point Qt would write in the text map (the lowest one mapping to a glyph of the
// report's font), the character the report meant: the one among its own text with that glyph,
// or else the unified ideograph of a radical.
QHash<char16_t, char16_t> readerCharacters(const QString &text)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC")});
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<char16_t, char16_t> map;
    map.insert(0x0009, 0x0020);
    if (!raw.isValid())
        return map;
    std::vector<QChar> all(0x10000);
    for (int c = 0; c < 0x10000; ++c)
        all[static_cast<std::size_t>(c)] =
            QChar(static_cast<char16_t>(c >= 0xD800 && c < 0xE000 ? 0 : c));
    std::vector<quint32> glyphs(all.size());
    int count = static_cast<int>(glyphs.size());
    if (!raw.glyphIndexesForChars(all.data(), static_cast<int>(all.size()), glyphs.data(), &count))
        return map;
    QHash<quint32, char16_t> lowest;
    for (int c = 0x20; c < 0x10000; ++c)
        if (const quint32 g = glyphs[static_cast<std::size_t>(c)]; g && !lowest.contains(g))
            lowest.insert(g, static_cast<char16_t>(c));
    for (int c = 0x2E80; c <= 0x2FDF; ++c) {
        const QString normal =
            QString(QChar(static_cast<char16_t>(c))).normalized(QString::NormalizationForm_KC);
        if (normal.size() == 1 && normal.front().unicode() != c)
            map.insert(static_cast<char16_t>(c), normal.front().unicode());
    }
    for (const QChar ch : text) {
        const quint32 g = glyphs[ch.unicode()];
        const char16_t first = g ? lowest.value(g, ch.unicode()) : ch.unicode();
        if (first != ch.unicode())
            map.insert(first, ch.unicode());
    }
    return map;
}

} // namespace

QByteArray ReportPdf::fixTextMap(QByteArray pdf, const QHash<char16_t, char16_t> &readers)
{
    // Only the destinations of the text maps: in "<from> <to> [<u> <u> ...]" (bfrange) and
    // "<code> <u>" (bfchar) lines the first two (one) tokens are glyph codes and stay.
    for (const char *begin : {"beginbfrange", "beginbfchar"}) {
        const bool range = qstrcmp(begin, "beginbfrange") == 0;
        const QByteArray end = range ? QByteArray("endbfrange") : QByteArray("endbfchar");
        qsizetype from = 0;
        while ((from = pdf.indexOf(begin, from)) >= 0) {
            const qsizetype to = pdf.indexOf(end, from);
            if (to < 0)
                break;
            int token = 0;
            for (qsizetype i = from; i + 5 < to; ++i) {
                if (pdf[i] == '\n') {
                    token = 0;
                    continue;
                }
                if (pdf[i] != '<')
                    continue;
                const qsizetype close = pdf.indexOf('>', i);
                const bool source = token < (range ? 2 : 1);
                ++token;
                if (source || close != i + 5) // four hex digits: a BMP character
                    continue;
                bool ok = false;
                const auto code = static_cast<char16_t>(pdf.mid(i + 1, 4).toUInt(&ok, 16));
                if (!ok)
                    continue;
                if (const auto it = readers.constFind(code); it != readers.constEnd())
                    pdf.replace(i + 1, 4,
                                QByteArray::number(*it, 16).toUpper().rightJustified(4, '0'));
            }
            from = to;
        }
    }
    return pdf;
}

Status ReportPdf::write(const report::MonthlyReport &report, const QString &path,
                        const Progress &progress)
{
    const ReportDocument document(report);
    const report::ReportText tx(report.language);
    return writePages(
        {QStringLiteral("%1 — %2 %3")
             .arg(tx(QT_TRANSLATE_NOOP("Report", "Monthly service report")), report.branchName,
                  report.month.toString(QStringLiteral("yyyy-MM"))),
         document.pageCount(),
         [&document](QPainter &p, int page) {
             document.paintPage(p, page);
         }},
        path, progress);
}

Status ReportPdf::writePages(const Pages &document, const QString &path, const Progress &progress)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit, one point: the document is laid out in points
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("ServiceLens"));
        QPainter painter(&writer);
        if (!painter.isActive())
            return makeError(ErrorKind::Io, tr("The PDF could not be started."));
        painter.setRenderHint(QPainter::Antialiasing);
        for (int page = 0; page < document.count; ++page) {
            if (page > 0)
                writer.newPage();
            document.paint(painter, page);
            if (progress && !progress(page + 1, document.count)) {
                painter.end();
                return makeError(ErrorKind::Cancelled, tr("The export was cancelled."));
            }
        }
        painter.end();
    }
    TextRecorder recorder;
    {
        QPainter painter(&recorder);
        for (int page = 0; page < document.count; ++page)
            document.paint(painter, page);
    }
    const QByteArray fixed = fixTextMap(bytes, readerCharacters(recorder.text));
    return io::OutputFile::writeWhole(path, fixed);
}

} // namespace servicelens::ui
