#pragma once

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Coach {

//! Makes the QNetworkAccessManager a RasaClient talks through, as a child of
//! `parent`. Empty means a plain QNetworkAccessManager; tests inject a
//! transport without sockets.
using NetworkFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

} // namespace Coach
