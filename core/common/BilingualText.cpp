// SPDX-License-Identifier: GPL-3.0-or-later
#include "BilingualText.h"

namespace servicelens {

QString BilingualText::in(const QString &language) const
{
    if (language.startsWith(QLatin1String("zh")) && !zh.trimmed().isEmpty())
        return zh;
    return en.trimmed().isEmpty() ? zh : en;
}

} // namespace servicelens
