// SPDX-License-Identifier: GPL-3.0-or-later
#include "TallyCodec.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace servicelens::kpi {

namespace {

// The first byte of every tally: a tally of another layout is not read (it is counted again).
constexpr char layout = 1;

// How a list of values is written.
enum class ListKind : quint8 {
    Integers = 0, // whole numbers, sorted, as differences
    Seconds = 1,  // hours measured in whole seconds (seconds / 3600.0), sorted, as differences
    Doubles = 2,  // anything else, as written
};

class Writer {
public:
    void unsignedValue(quint64 v)
    {
        while (v >= 0x80) {
            m_bytes += static_cast<char>((v & 0x7f) | 0x80);
            v >>= 7;
        }
        m_bytes += static_cast<char>(v);
    }
    void value(qint64 v) // zigzag: small negative numbers stay short
    {
        unsignedValue((static_cast<quint64>(v) << 1) ^ static_cast<quint64>(v >> 63));
    }
    void real(double d)
    {
        char raw[sizeof d];
        std::memcpy(raw, &d, sizeof d);
        m_bytes.append(raw, sizeof d);
    }
    void list(const std::vector<double> &values)
    {
        const auto integral = [&](double scale) {
            for (const double v : values) {
                const double scaled = std::round(v * scale);
                if (!(std::fabs(scaled) < 9.0e15) || scaled / scale != v)
                    return false;
            }
            return true;
        };
        const ListKind kind = integral(1)      ? ListKind::Integers
                              : integral(3600) ? ListKind::Seconds
                                               : ListKind::Doubles;
        m_bytes += static_cast<char>(kind);
        unsignedValue(values.size());
        if (kind == ListKind::Doubles) {
            for (const double v : values)
                real(v);
            return;
        }
        const double scale = kind == ListKind::Seconds ? 3600 : 1;
        std::vector<qint64> whole;
        whole.reserve(values.size());
        for (const double v : values)
            whole.push_back(static_cast<qint64>(std::round(v * scale)));
        std::sort(whole.begin(), whole.end());
        qint64 previous = 0;
        for (std::size_t i = 0; i < whole.size(); ++i) {
            if (i == 0)
                value(whole[i]);
            else
                unsignedValue(static_cast<quint64>(whole[i] - previous));
            previous = whole[i];
        }
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class Reader {
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_bytes.size(); }
    quint64 unsignedValue()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_bytes.size())
                return fail();
            const auto byte = static_cast<quint8>(m_bytes[m_at++]);
            v |= static_cast<quint64>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return v;
        }
        return fail();
    }
    qint64 value()
    {
        const quint64 u = unsignedValue();
        return static_cast<qint64>(u >> 1) ^ -static_cast<qint64>(u & 1);
    }
    double real()
    {
        double d = 0;
        if (m_at + static_cast<qsizetype>(sizeof d) > m_bytes.size())
            return fail();
        std::memcpy(&d, m_bytes.constData() + m_at, sizeof d);
        m_at += sizeof d;
        return d;
    }
    std::vector<double> list()
    {
        std::vector<double> values;
        if (m_at >= m_bytes.size()) {
            fail();
            return values;
        }
        const auto kind = static_cast<ListKind>(m_bytes[m_at++]);
        const quint64 count = unsignedValue();
        // Each value takes a byte at least: a count beyond the bytes left is damage.
        if (!m_ok || count > static_cast<quint64>(m_bytes.size() - m_at)) {
            fail();
            return {};
        }
        values.reserve(count);
        if (kind == ListKind::Doubles) {
            for (quint64 i = 0; i < count && m_ok; ++i)
                values.push_back(real());
        } else if (kind == ListKind::Integers || kind == ListKind::Seconds) {
            const double scale = kind == ListKind::Seconds ? 3600 : 1;
            qint64 previous = 0;
            for (quint64 i = 0; i < count && m_ok; ++i) {
                previous = i == 0 ? value() : previous + static_cast<qint64>(unsignedValue());
                values.push_back(static_cast<double>(previous) / scale);
            }
        } else {
            fail();
        }
        return m_ok ? values : std::vector<double>{};
    }

private:
    quint64 fail()
    {
        m_ok = false;
        return 0;
    }

    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

// The fields of each tally, in one order for writing and reading.
template <typename Io, typename Tally> void orderFields(Io &io, Tally &t)
{
    for (auto *v :
         {&t.received, &t.complaints, &t.responseKnown, &t.responded, &t.responseSeconds,
          &t.responseWithinTarget, &t.closed, &t.resolutionMet, &t.slaMet, &t.firstTimeFixes,
          &t.reopened, &t.closedResponseKnown, &t.firstTimeFixKnown, &t.reopenKnown, &t.backlogEnd})
        io.count(*v);
}

template <typename Io, typename Tally> void surveyFields(Io &io, Tally &t)
{
    for (auto *v : {&t.invitations, &t.invitationsAnswered, &t.responses, &t.csatN, &t.csatHigh,
                    &t.npsN, &t.promoters, &t.detractors})
        io.count(*v);
}

template <typename Io, typename Tally> void inspectionFields(Io &io, Tally &t)
{
    for (auto *v : {&t.completed, &t.scored, &t.failed, &t.actionsOpenEnd, &t.actionsOverdueEnd,
                    &t.actionsDue, &t.actionsOnTime})
        io.count(*v);
}

template <typename Io, typename Tally> void technicianFields(Io &io, Tally &t)
{
    for (auto *v : {&t.closed, &t.firstTimeFixes, &t.complaints, &t.csatAnswers, &t.csatSatisfied,
                    &t.slaMet, &t.reopened, &t.slaKnown, &t.firstTimeFixKnown, &t.reopenKnown,
                    &t.npsAnswers, &t.promoters, &t.detractors})
        io.count(*v);
}

struct Encoding {
    Writer &w;
    void count(const qint64 &v) { w.value(v); }
};

struct Decoding {
    Reader &r;
    void count(qint64 &v) { v = r.value(); }
};

} // namespace

QByteArray TallyCodec::encode(const BranchTally &t)
{
    Writer w;
    Encoding io{w};
    w.value(layout);
    w.value(t.orders.detailed ? 1 : 0);
    orderFields(io, t.orders);
    w.list(t.orders.resolution);
    for (const std::vector<double> &d : t.orders.dwell)
        w.list(d);

    surveyFields(io, t.surveys);
    w.unsignedValue(t.surveys.dimensionValues.size());
    for (std::size_t i = 0; i < t.surveys.dimensionValues.size(); ++i) {
        w.list(t.surveys.dimensionValues[i]);
        w.value(i < t.surveys.dimensionTop2.size() ? t.surveys.dimensionTop2[i] : 0);
    }

    inspectionFields(io, t.inspections);
    w.real(t.inspections.scoreTotal);

    w.unsignedValue(t.technicians.size());
    for (const auto &[id, who] : t.technicians) {
        w.value(id);
        technicianFields(io, who);
        w.list(who.resolution);
    }
    return qCompress(w.bytes(), 1).toBase64();
}

std::optional<BranchTally> TallyCodec::decode(const QByteArray &text)
{
    const QByteArray bytes = qUncompress(QByteArray::fromBase64(text));
    Reader r(bytes);
    Decoding io{r};
    BranchTally t;
    if (bytes.isEmpty() || r.value() != layout)
        return std::nullopt;
    t.orders.detailed = r.value() != 0;
    orderFields(io, t.orders);
    t.orders.resolution = r.list();
    for (std::vector<double> &d : t.orders.dwell)
        d = r.list();

    surveyFields(io, t.surveys);
    const quint64 dimensions = r.unsignedValue();
    for (quint64 i = 0; i < dimensions && r.ok() && !r.atEnd(); ++i) {
        t.surveys.dimensionValues.push_back(r.list());
        t.surveys.dimensionTop2.push_back(r.value());
    }

    inspectionFields(io, t.inspections);
    t.inspections.scoreTotal = r.real();

    const quint64 technicians = r.unsignedValue();
    for (quint64 i = 0; i < technicians && r.ok() && !r.atEnd(); ++i) {
        const qint64 id = r.value();
        TechnicianTally &who = t.technicians[id];
        technicianFields(io, who);
        who.resolution = r.list();
    }
    if (!r.ok() || !r.atEnd() || t.surveys.dimensionValues.size() != dimensions ||
        t.technicians.size() != technicians)
        return std::nullopt;
    return t;
}

} // namespace servicelens::kpi
