// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMapPainter.h"

#include "widgets/Palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace servicelens::ui {

using kpi::FlowNode;

namespace {

constexpr int stageCount = 6;

// The arrowhead at the end of a path.
void arrowHead(QPainter &p, const QPainterPath &path, const QColor &colour, double size)
{
    const QPointF tip = path.pointAtPercent(1.0);
    const double angle = path.angleAtPercent(0.98) * M_PI / 180.0;
    const QPointF back(-std::cos(angle) * size, std::sin(angle) * size);
    const QPointF side(std::sin(angle) * size * 0.5, std::cos(angle) * size * 0.5);
    QPolygonF head;
    head << tip << tip + back + side << tip + back - side;
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
}

} // namespace

std::vector<ProcessMapPainter::Hit> ProcessMapPainter::paint(QPainter &p, const QRectF &r,
                                                             const kpi::ProcessMapData &map,
                                                             const QFont &font, const Text &text,
                                                             bool print)
{
    std::vector<Hit> hits;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = print ? palette::print::ink : p.pen().color();
    const QColor flowColour = print ? palette::print::brand : palette::accent;
    const QColor reworkColour = palette::problem;
    const QColor boxFill = print ? palette::print::cardFill : palette::print::headerFill;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF fm(font, p.device());
    const QFontMetricsF sm(small, p.device());

    // Places: the stages in a row, the waits below between diagnosis and repair.
    const double boxW = r.width() * 0.13;
    const double boxH = fm.height() * 2.6;
    const double rowY = r.top() + r.height() * 0.30;
    const double waitY = r.top() + r.height() * 0.80;
    std::array<QRectF, kpi::flowNodeCount> box;
    for (int i = 0; i < stageCount; ++i) {
        const double cx = r.left() + r.width() * (0.075 + i * 0.17);
        box[static_cast<std::size_t>(i)] = QRectF(cx - boxW / 2, rowY - boxH / 2, boxW, boxH);
    }
    box[static_cast<std::size_t>(FlowNode::WaitingParts)] =
        QRectF(r.left() + r.width() * 0.30 - boxW / 2, waitY - boxH / 2, boxW, boxH);
    box[static_cast<std::size_t>(FlowNode::WaitingCustomer)] =
        QRectF(r.left() + r.width() * 0.56 - boxW / 2, waitY - boxH / 2, boxW, boxH);

    // Moves, thickest first under the boxes.
    qint64 most = 1;
    for (const kpi::ProcessEdge &e : map.edges)
        most = std::max(most, e.orders);
    int hidden = 0;
    struct Label {
        QRectF rect;
        QString text;
        bool rework = false;
        int edge = -1;
    };
    std::vector<Label> labels; // drawn last, over the boxes, so none is hidden
    for (std::size_t index = 0; index < map.edges.size(); ++index) {
        const kpi::ProcessEdge &e = map.edges[index];
        if (!e.rework && e.orders * 100 < map.orders) {
            ++hidden;
            continue;
        }
        const int from = static_cast<int>(e.from);
        const int to = static_cast<int>(e.to);
        const QRectF &a = box[static_cast<std::size_t>(from)];
        const QRectF &b = box[static_cast<std::size_t>(to)];
        const bool waitFrom = kpi::ProcessMap::isWait(e.from);
        const bool waitTo = kpi::ProcessMap::isWait(e.to);
        QPainterPath path;
        if (!waitFrom && !waitTo && to == from + 1) {
            path.moveTo(a.right(), a.center().y());
            path.lineTo(b.left(), b.center().y());
        } else if (!waitFrom && !waitTo && to > from) {
            // Skips a stage: an arc above the row, higher the more it skips.
            const double lift = boxH * (0.9 + 0.45 * (to - from));
            path.moveTo(a.center().x(), a.top());
            path.quadTo(QPointF((a.center().x() + b.center().x()) / 2, a.top() - lift),
                        QPointF(b.center().x(), b.top()));
        } else if (!waitFrom && !waitTo) {
            // Back to an earlier stage: rework, an arc below the row.
            const double drop = boxH * (0.5 + 0.25 * (from - to));
            path.moveTo(a.center().x() - boxW * 0.2, a.bottom());
            path.quadTo(QPointF((a.center().x() + b.center().x()) / 2, a.bottom() + drop),
                        QPointF(b.center().x() + boxW * 0.2, b.bottom()));
        } else {
            // Into or out of a wait: both directions side by side.
            const double shift = waitTo ? -boxW * 0.18 : boxW * 0.18;
            const QPointF start = waitFrom ? QPointF(a.center().x() + shift, a.top())
                                           : QPointF(a.center().x() + shift, a.bottom());
            const QPointF end = waitTo ? QPointF(b.center().x() + shift, b.top())
                                       : QPointF(b.center().x() + shift, b.bottom());
            if (waitFrom && waitTo) {
                path.moveTo(a.right(), a.center().y() + (to > from ? -4 : 4));
                path.lineTo(b.left(), b.center().y() + (to > from ? -4 : 4));
            } else {
                path.moveTo(start);
                path.lineTo(end);
            }
        }
        const QColor colour = e.rework ? reworkColour : flowColour;
        const double width = 1.0 + 5.0 * static_cast<double>(e.orders) / static_cast<double>(most);
        QPen pen(colour, width);
        pen.setCapStyle(Qt::FlatCap);
        if (e.rework)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        arrowHead(p, path, colour, 5 + width);
        // Its numbers at its middle, on a background so they stay readable over other lines.
        const QString label = text.edge(e);
        // Between two neighbouring stages the label sits above the arrow (the gap is narrow);
        // into a wait near where the move starts, out of one near where it ends, so the moves
        // that meet at a wait keep their labels apart.
        const bool neighbours = !waitFrom && !waitTo && to == from + 1;
        // (Each wait at its own point along, so two moves from one stage into the two waits
        // do not put their labels side by side.)
        const bool parts = e.to == FlowNode::WaitingParts || e.from == FlowNode::WaitingParts;
        const double along = waitTo     ? (parts ? 0.25 : 0.42)
                             : waitFrom ? (parts ? 0.58 : 0.75)
                                        : 0.5;
        QPointF mid = path.pointAtPercent(along);
        QRectF labelRect(0, 0, sm.horizontalAdvance(label) + 6, sm.height() + 2);
        if (neighbours)
            mid.ry() -= labelRect.height() / 2 + width / 2 + 1;
        labelRect.moveCenter(mid);
        labels.push_back({labelRect, label, e.rework, static_cast<int>(index)});
    }

    // Places on top.
    p.setFont(font);
    for (int n = 0; n < kpi::flowNodeCount; ++n) {
        const QRectF &b = box[static_cast<std::size_t>(n)];
        const qint64 orders = map.nodeOrders[static_cast<std::size_t>(n)];
        p.setPen(QPen(orders > 0 ? flowColour : palette::muted, orders > 0 ? 1.5 : 0.8));
        p.setBrush(boxFill);
        p.drawRoundedRect(b, 5, 5);
        p.setPen(orders > 0 ? palette::print::ink : palette::muted);
        p.drawText(
            b.adjusted(2, 2, -2, -b.height() / 2), Qt::AlignCenter,
            fm.elidedText(text.nodes[static_cast<std::size_t>(n)], Qt::ElideRight, b.width() - 4));
        p.drawText(b.adjusted(2, b.height() / 2, -2, -2), Qt::AlignCenter,
                   QLocale().toString(orders));
        hits.push_back({b, -1, n});
    }
    p.setFont(small);
    for (const Label &l : labels) {
        p.setPen(Qt::NoPen);
        p.setBrush(palette::print::paper);
        p.drawRoundedRect(l.rect, 3, 3);
        p.setPen(l.rework ? reworkColour : ink);
        p.drawText(l.rect, Qt::AlignCenter, l.text);
        hits.insert(hits.begin(), {l.rect, l.edge, -1}); // over a box, the label is clicked
    }
    if (hidden > 0 && text.hiddenNote) {
        p.setFont(small);
        p.setPen(palette::muted);
        p.drawText(QRectF(r.left(), r.bottom() - sm.height(), r.width(), sm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, text.hiddenNote(hidden));
    }
    p.restore();
    return hits;
}

} // namespace servicelens::ui
