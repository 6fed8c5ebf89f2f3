// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InspectionTemplate.h"

#include <QByteArray>

namespace servicelens::inspection {

// The template JSON of FORMATS.md, so branches can share templates. Reading reports the first
// problem with its place: a syntax error by line and column, a bad value by its path (e.g.
// "sections[2].items[1].type: expected pass_fail, rating5, number, text or photo").
class TemplateJson final {
    Q_DECLARE_TR_FUNCTIONS(TemplateJson)

public:
    static Result<InspectionTemplate> parse(const QByteArray &json);
    static Result<InspectionTemplate> readFile(const QString &path);
    // Keys in the order of FORMATS.md; ids and uid are not written (they belong to a workbook).
    static QString write(const InspectionTemplate &t);
};

} // namespace servicelens::inspection
