#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace Coach {

//! The `coach_review` schema: created when missing, migrated step by step
//! to the version this build knows, refused when a newer app made it. Runs
//! under an advisory lock, so two apps starting at once do not collide.
class ReviewSchema final
{
public:
    ReviewSchema() = delete;

    static constexpr int CurrentVersion = 1;

    static Status migrate(QSqlDatabase database);
    //! The schema's version; 0 when there is none.
    static Result<int> version(const QSqlDatabase &database);
};

} // namespace Coach
