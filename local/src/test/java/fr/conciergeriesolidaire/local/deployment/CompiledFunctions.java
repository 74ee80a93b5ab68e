package fr.conciergeriesolidaire.local.deployment;

import fr.conciergeriesolidaire.functions.aws.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the compiled functions (the classes Lambda runs) ask for, read from their bytecode rather than from a list
 * someone must keep up to date: each environment variable passed as a constant to {@link Environment}, and each
 * DynamoDB index name passed as a constant to a query, and each read of a stream record's images (which a
 * KEYS_ONLY stream does not carry).
 */
final class CompiledFunctions {
    private static final String ENVIRONMENT = Environment.class.getName().replace('.', '/');
    private static final String QUERY_BUILDER = "software/amazon/awssdk/services/dynamodb/model/QueryRequest$Builder";
    private static final String STREAM_RECORD =
            "com/amazonaws/services/lambda/runtime/events/models/dynamodb/StreamRecord";

    /** A variable read: where, its name (null if not a constant), and whether the code requires it. */
    record VariableRead(String className, String variable, boolean required) {}

    /** A call the checks cannot follow or forbid, with where it is. */
    record Violation(String className, String what) {}

    final List<VariableRead> variables = new ArrayList<>();
    final List<String> queriedIndexes = new ArrayList<>();
    /** The classes that read a stream record's new or old image. */
    final List<String> streamImageReaders = new ArrayList<>();

    final List<Violation> violations = new ArrayList<>();

    private CompiledFunctions() {}

    /** Reads every class of the functions module (a classes folder or a jar, as the test classpath has it). */
    static CompiledFunctions read() {
        CompiledFunctions found = new CompiledFunctions();
        try {
            Path location = Path.of(Environment.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isDirectory(location)) {
                found.readTree(location);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    found.readTree(jar.getPath("/"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private void readTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new Scanner(), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                }
            }
        }
    }

    private final class Scanner extends ClassVisitor {
        private String className;

        Scanner() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name.replace('/', '.');
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                /** The string constant pushed by the instruction just before, if that instruction was one. */
                private String lastConstant;

                @Override
                public void visitLdcInsn(Object value) {
                    lastConstant = value instanceof String text ? text : null;
                }

                @Override
                public void visitMethodInsn(
                        int opcode, String owner, String method, String methodDescriptor, boolean isInterface) {
                    if (owner.equals(ENVIRONMENT)
                            && (method.equals("required") || method.equals("optional") || method.equals("integer"))
                            // Environment's own methods call each other with the caller's name.
                            && !className.equals(Environment.class.getName())) {
                        variables.add(new VariableRead(className, lastConstant, method.equals("required")));
                    } else if (owner.equals(QUERY_BUILDER) && method.equals("indexName")) {
                        if (lastConstant == null) {
                            violations.add(new Violation(className, "index name that is not a constant"));
                        } else {
                            queriedIndexes.add(lastConstant);
                        }
                    } else if (owner.equals(STREAM_RECORD)
                            && (method.equals("getNewImage") || method.equals("getOldImage"))) {
                        streamImageReaders.add(className);
                    } else if (owner.equals("java/lang/System")
                            && method.equals("getenv")
                            && methodDescriptor.startsWith("(Ljava/lang/String;)")) {
                        violations.add(new Violation(className, "System.getenv(name) instead of Environment"));
                    }
                    lastConstant = null;
                }

                @Override
                public void visitInsn(int opcode) {
                    // A small int pushed after the name is the fallback of Environment.integer(name, fallback).
                    if (opcode < Opcodes.ICONST_M1 || opcode > Opcodes.ICONST_5) {
                        lastConstant = null;
                    }
                }

                @Override
                public void visitVarInsn(int opcode, int variable) {
                    lastConstant = null;
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String descriptor) {
                    lastConstant = null;
                }
            };
        }
    }
}
