package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.customs.seizures.core.countries.Country;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.operations.Operation;
import org.customs.seizures.core.operations.OperationCatalogue;
import org.customs.seizures.core.workbook.FileFault;
import org.customs.seizures.core.workbook.WorkbookException;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.core.workbook.WorkbookSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the shared sample returns end to end (skipped when {@code shared.dir} is absent). */
class ReturnReaderSampleReturnsTests {

    private static final List<FileFault> OPENING_FAULTS = List.of(FileFault.FILE_NOT_SPREADSHEET,
            FileFault.FILE_CORRUPT, FileFault.FILE_PASSWORD_PROTECTED, FileFault.FILE_TOO_LARGE,
            FileFault.FILE_UNSAFE, FileFault.FILE_FORMAT_UNSUPPORTED);

    @Test
    void identifiesEverySampleReturnAsItsFileNameSaysUnlessItsCoverContradictsIt() throws Exception {
        String shared = System.getProperty("shared.dir");
        Assumptions.assumeTrue(shared != null, "shared.dir is not set");
        Path samples = Path.of(shared, "samples", "returns");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no sample returns in " + samples);

        CountryResolver countries = CountryResolver.fromClasspath();
        OperationCatalogue operations = OperationCatalogue.fromClasspath();
        ReturnReader reader = new ReturnReader(HeaderSynonyms.fromClasspath(),
                text -> countries.resolve(text).map(Country::iso3), text -> operations.resolve(text).map(Operation::code));
        WorkbookOpener opener = new WorkbookOpener(WorkbookLimits.defaults());

        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.sorted().toList();
        }
        int identified = 0;
        int lines = 0;
        List<String> unexpected = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Optional<FileNameFacts> facts = FileNameConvention.read(name);
            RecordingListener listener = new RecordingListener();
            try (WorkbookSource workbook = opener.open(file)) {
                reader.read(name, workbook, listener);
                identified++;
                lines += listener.lines.size();
                if (facts.isEmpty() || !facts.get().iso3().equals(listener.identity.reportingIso3())
                        || !facts.get().period().equals(listener.identity.period())) {
                    unexpected.add(name + " identified as " + listener.identity);
                }
                if (listener.seizureSheets.isEmpty()) {
                    unexpected.add(name + " was read without a seizure sheet");
                }
            } catch (WorkbookException e) {
                boolean explained = OPENING_FAULTS.contains(e.fault())
                        || e.fault() == FileFault.NO_SEIZURE_SHEET && e.getMessage().contains("Found: sheet")
                        || e.fault() == FileFault.METADATA_CONFLICT && e.getMessage().contains("the file name says")
                        && e.getMessage().contains("but the cover sheet says");
                if (!explained) {
                    unexpected.add(name + " rejected: " + e.fault() + " " + e.getMessage());
                }
            }
        }

        assertThat(unexpected).isEmpty();
        assertThat(identified).isGreaterThan(files.size() * 9 / 10);
        assertThat(lines).isGreaterThan(identified * 5);
    }
}
