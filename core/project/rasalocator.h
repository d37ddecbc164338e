#pragma once

#include "rasainstallation.h"
#include "result.h"

#include <QString>

namespace Coach {

//! Where to look for Rasa, in this order: the executable or interpreter
//! chosen in Settings; a virtualenv inside the bot project (`.venv/`,
//! `venv/`); `rasa` on PATH.
struct RasaSearch
{
    QString projectFolder;
    QString chosenPath; //!< Settings; empty when none was chosen
    QString pathVariable; //!< PATH of the environment Rasa runs in
};

//! Finds Rasa without running it (RasaVersionProbe runs it). A chosen
//! path that is not an executable is an error, not a reason to look
//! elsewhere: the annotator asked for that one. When nothing is found the
//! error lists every place searched and how to install Rasa.
Result<RasaInstallation> locateRasa(const RasaSearch &search);

} // namespace Coach
