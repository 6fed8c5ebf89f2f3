// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/ProcessMap.h"

#include <QFont>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;

namespace servicelens::ui {

// Draws a process map in a rectangle, on the screen or on a report page: the stages in a row in
// their order, the two waits below, each place with the orders that passed through it; each
// move an arrow as thick as its share of the orders, labelled with its orders and median time;
// moves back (reopenings) in the problem colour below the row. Moves made by fewer than 1 % of
// the orders are left out (and counted) unless they are rework.
class ProcessMapPainter final {
public:
    struct Text {
        std::array<QString, kpi::flowNodeCount> nodes;         // place names
        std::function<QString(const kpi::ProcessEdge &)> edge; // "120 · 3.5 h"
        std::function<QString(int)> hiddenNote;                // "%n rare moves not drawn"
    };
    // Where each number is, for clicking through.
    struct Hit {
        QRectF rect;
        int edge = -1; // index into the data's edges, or -1
        int node = -1; // a FlowNode, or -1
    };

    static std::vector<Hit> paint(QPainter &p, const QRectF &rect, const kpi::ProcessMapData &map,
                                  const QFont &font, const Text &text, bool print);
};

} // namespace servicelens::ui
