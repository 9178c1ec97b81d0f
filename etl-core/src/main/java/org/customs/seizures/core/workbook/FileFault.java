package org.customs.seizures.core.workbook;

/** Why a whole file was not loaded. The names are stable: they are stored in the warehouse. */
public enum FileFault {
    FILE_NOT_SPREADSHEET,
    FILE_CORRUPT,
    FILE_PASSWORD_PROTECTED,
    FILE_TOO_LARGE,
    FILE_UNSAFE,
    FILE_FORMAT_UNSUPPORTED,
    NO_SEIZURE_SHEET,
    COUNTRY_UNKNOWN,
    PERIOD_UNKNOWN,
    OPERATION_UNKNOWN,
    METADATA_CONFLICT
}
