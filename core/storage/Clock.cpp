// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace servicelens {

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace servicelens
