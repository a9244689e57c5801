#pragma once

#include <QLoggingCategory>

// Decoding: which pass read a code, and what it cost. Switched on with QT_LOGGING_RULES="accueil.scan.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcScan)
