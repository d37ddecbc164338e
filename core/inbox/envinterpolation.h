#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <optional>

namespace Coach {

//! Rasa's `${VAR}` expansion in endpoints.yml and other config files
//! (rasa.shared.utils.io, the same in 2.8 and 3.6; recorded in
//! tests/data/trackerstore/endpoints-env.json):
//! - only plain (unquoted, non-block) scalars that contain `${…}` are
//!   expanded; quoted and block scalars stay as written;
//! - such a scalar gets Python's os.path.expandvars: every `$NAME` and
//!   `${NAME}` (NAME of ASCII letters, digits, `_`; inside braces anything)
//!   whose variable is set is replaced, others stay;
//! - then every whitespace-separated word that still starts with `$` and
//!   occurs in the original text is an error naming the variables.
//! The result is always text (`port: ${PORT}` gives "5433", not a number).
class EnvInterpolation final
{
public:
    using Lookup = std::function<std::optional<QString>(const QString &name)>;

    //! Looks variables up in the process environment.
    EnvInterpolation();
    explicit EnvInterpolation(Lookup lookup) : m_lookup(std::move(lookup)) { }

    //! True for a plain scalar Rasa expands (`^(.*)\$\{(.*)\}(.*)$`).
    static bool isExpanded(const QString &plainScalar);
    //! Expands a plain scalar that isExpanded(); the error names the
    //! variables that are not set.
    Result<QString> expand(const QString &plainScalar) const;

private:
    QString expandVariables(const QString &text) const;

    Lookup m_lookup;
};

} // namespace Coach
