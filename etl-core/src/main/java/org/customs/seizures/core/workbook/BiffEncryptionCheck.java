package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.util.LittleEndian;

/**
 * Walks the record headers of a BIFF8 workbook stream's global section looking for a FILEPASS
 * record, which means the workbook is encrypted. Record headers stay readable in an encrypted
 * stream, so nothing is decrypted or even read beyond the headers.
 */
final class BiffEncryptionCheck {

    private static final int FILEPASS = 0x002F;
    private static final int EOF = 0x000A;
    private static final int MAX_RECORDS = 100_000;

    private BiffEncryptionCheck() {
    }

    static boolean isEncrypted(InputStream workbookStream) throws IOException {
        byte[] header = new byte[4];
        for (int records = 0; records < MAX_RECORDS; records++) {
            if (workbookStream.readNBytes(header, 0, 4) < 4) {
                return false;
            }
            int sid = LittleEndian.getUShort(header, 0);
            int length = LittleEndian.getUShort(header, 2);
            if (sid == FILEPASS) {
                return true;
            }
            if (sid == EOF) {
                return false;
            }
            if (!skip(workbookStream, length)) {
                return false;
            }
        }
        return false;
    }

    private static boolean skip(InputStream in, int length) throws IOException {
        long left = length;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    return false;
                }
                skipped = 1;
            }
            left -= skipped;
        }
        return true;
    }
}
