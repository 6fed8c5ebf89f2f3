// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Survey.h"

namespace servicelens::survey {

// The survey JSON (the shipped default survey; a designer's export).
class SurveyJson final {
    Q_DECLARE_TR_FUNCTIONS(SurveyJson)

public:
    static Result<Survey> parse(const QByteArray &json);
    static QString write(const Survey &s);
    static Status validate(const Survey &s);
};

} // namespace servicelens::survey
