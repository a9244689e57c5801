#include "sync/SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "accueil.sync", QtInfoMsg)
